package no.gevinst.valuation;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;

/**
 * {@code ^} with bounds: an exponent of at most {@value #MAX_EXPONENT} in size. Unbounded, {@code 10^10^10^10}
 * keeps a thread busy for ever or overflows; no valuation needs more than a compound growth over a few centuries.
 */
@InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_POWER, leftAssociative = false)
final class BoundedPower extends InfixPowerOfOperator {

    static final int MAX_EXPONENT = 1000;
    private static final BigDecimal LIMIT = BigDecimal.valueOf(MAX_EXPONENT);

    @Override
    public EvaluationValue evaluate(Expression expression, Token operatorToken, EvaluationValue... operands)
            throws EvaluationException {
        if (operands[1].isNumberValue() && operands[1].getNumberValue().abs().compareTo(LIMIT) > 0) {
            throw new EvaluationException(operatorToken, Formula.TOO_LARGE);
        }
        return super.evaluate(expression, operatorToken, operands);
    }
}
