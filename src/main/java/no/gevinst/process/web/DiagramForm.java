package no.gevinst.process.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * A diagram as posted: the BPMN XML from the editor (bpmn-js fills it in; without JavaScript it is a plain text
 * field), or a .bpmn file uploaded from another tool, with the diagram's version as read (0 when there was none).
 */
public class DiagramForm {

    private String bpmn = "";
    private MultipartFile file;
    private String version = "0";

    public String getBpmn() {
        return bpmn;
    }

    public void setBpmn(String bpmn) {
        this.bpmn = bpmn;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
