package no.gevinst.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.benefit.Benefit;
import no.gevinst.evidence.EvidenceRegister;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the evaluations linked to a benefit to the benefit profile's model, after its controller ran, so that the
 * benefit module does not depend on this one; the profile includes evidence/fragments, which renders nothing
 * without these attributes.
 */
@Component
class EvidenceModel implements HandlerInterceptor {

    static final String EVIDENCE = "attributionEvidence";
    static final String CAN_ADD = "attributionEvidenceCanAdd";

    private final EvidenceRegister register;

    EvidenceModel(EvidenceRegister register) {
        this.register = register;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav != null
                && "benefit/profile".equals(mav.getViewName())
                && mav.getModel().get("benefit") instanceof Benefit benefit) {
            mav.getModel().put(EVIDENCE, register.ofBenefit(benefit));
            mav.getModel().put(CAN_ADD, register.canWrite(benefit.programme()));
        }
    }
}
