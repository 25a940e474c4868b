package no.gevinst.process.domain;

import java.util.List;
import no.gevinst.process.domain.BpmnModel.Figure;
import no.gevinst.process.domain.DiagramDrawing.Text;

/**
 * A drawn shape; {@code lines} are its label's lines, already placed. {@code type} is the BPMN element's local
 * name and {@code definition} an event's kind (message, timer or blank), from which the template draws the markers.
 */
record DiagramBox(
        Figure figure, int x, int y, int w, int h, String points, List<Text> lines, String type, String definition) {

    /** The task's marker in its top left corner: user, service, manual, send, receive, or blank for none. */
    public String taskMarker() {
        return switch (type) {
            case "userTask" -> "user";
            case "serviceTask" -> "service";
            case "manualTask" -> "manual";
            case "sendTask" -> "send";
            case "receiveTask" -> "receive";
            default -> "";
        };
    }

    /** An intermediate or boundary event, drawn with a double ring. */
    public boolean intermediate() {
        return type.startsWith("intermediate") || type.equals("boundaryEvent");
    }

    /** A throwing event, whose marker is filled (a message sent), as BPMN draws it. */
    public boolean throwing() {
        return type.equals("intermediateThrowEvent") || type.equals("endEvent");
    }

    /** Moves a marker drawn about (0, 0) to the shape's top left corner. */
    public String corner() {
        return "translate(" + x + " " + y + ")";
    }

    /** Moves a marker drawn about (0, 0) to the shape's centre. */
    public String centre() {
        return "translate(" + cx() + " " + cy() + ")";
    }

    public int cx() {
        return x + w / 2;
    }

    public int cy() {
        return y + h / 2;
    }

    public int r() {
        return Math.min(w, h) / 2;
    }

    public boolean end() {
        return figure == Figure.END_EVENT;
    }

    public boolean event() {
        return figure == Figure.EVENT || figure == Figure.END_EVENT;
    }

    public boolean gateway() {
        return figure == Figure.GATEWAY;
    }
}
