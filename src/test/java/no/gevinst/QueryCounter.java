package no.gevinst;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends while some work runs, for tests that prove a page's queries do
 * not grow with the data: {@code QueryCounter.count(() -> mvc.perform(get("/benefits")))}. It wraps the test
 * context's DataSource (a subclass proxy, so that it stays the pool's own type for whoever asks for that) and the
 * connections it hands out; a statement counts when it is executed. Outside {@link #count} it only passes through.
 */
@Component
public class QueryCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTES = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    /** The statements of the current thread's counting, or null while none runs. */
    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /** Work that may throw, such as a MockMvc request. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** The statements the work sent on this thread, in order. */
    public static List<String> statements(Work work) throws Exception {
        List<String> statements = new ArrayList<>();
        List<String> outer = COUNTING.get();
        COUNTING.set(statements);
        try {
            work.run();
        } finally {
            COUNTING.set(outer);
        }
        return statements;
    }

    /** How many statements the work sent on this thread. */
    public static int count(Work work) throws Exception {
        return statements(work).size();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            return result instanceof Connection c
                            && invocation.getMethod().getName().equals("getConnection")
                    ? wrap(c, Connection.class, new ConnectionHandler(c))
                    : result;
        });
        return factory.getProxy(bean.getClass().getClassLoader());
    }

    private static <T> T wrap(Object target, Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }

    /** Hands out statements that count; everything else goes to the pool's connection. */
    private record ConnectionHandler(Connection target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            String name = method.getName();
            if (result instanceof CallableStatement s && name.equals("prepareCall")) {
                return wrap(s, CallableStatement.class, new StatementHandler(s, sql));
            }
            if (result instanceof PreparedStatement s && name.equals("prepareStatement")) {
                return wrap(s, PreparedStatement.class, new StatementHandler(s, sql));
            }
            if (result instanceof Statement s && name.equals("createStatement")) {
                return wrap(s, Statement.class, new StatementHandler(s, null));
            }
            return result;
        }
    }

    /** Counts each execution, with the SQL it was prepared with or given. */
    private record StatementHandler(Statement target, String prepared) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            List<String> counting = COUNTING.get();
            if (counting != null && EXECUTES.contains(method.getName())) {
                counting.add(args != null && args.length > 0 && args[0] instanceof String s ? s : prepared);
            }
            return call(target, method, args);
        }
    }
}
