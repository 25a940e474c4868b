package no.gevinst.process;

/**
 * A step of a BPMN diagram as the text alternative lists it: a task, event or gateway, by its BPMN id and name.
 *
 * @param type the BPMN element's local name, e.g. {@code userTask}, {@code startEvent}, {@code exclusiveGateway}
 * @param lane the name of the lane (role) the step lies in, blank when none
 */
public record BpmnStep(String id, String name, String type, String lane) {}
