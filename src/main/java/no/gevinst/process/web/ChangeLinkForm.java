package no.gevinst.process.web;

import java.util.ArrayList;
import java.util.List;

/** The form that points a change of the benefit map to the process: the change and the steps it changes. */
public class ChangeLinkForm {

    private String element;
    private List<String> steps = new ArrayList<>();

    public String getElement() {
        return element;
    }

    public void setElement(String element) {
        this.element = element;
    }

    public List<String> getSteps() {
        return steps;
    }

    public void setSteps(List<String> steps) {
        this.steps = steps == null ? new ArrayList<>() : steps;
    }
}
