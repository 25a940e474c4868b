package no.gevinst.story.web;

import java.io.IOException;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.story.Stories;
import no.gevinst.story.Story;
import no.gevinst.story.StoryInput;
import org.springframework.web.multipart.MultipartFile;

/** The story form as posted: texts, an optional picture, and the version read. */
public class StoryForm {

    private String title = "";
    private String text = "";
    private String people = "";
    private String units = "";
    private String pictureAlt = "";
    private MultipartFile picture;
    private boolean removePicture;
    private String version = "0";

    static StoryForm of(Story s) {
        StoryForm f = new StoryForm();
        f.title = s.title();
        f.text = s.text();
        f.people = s.people();
        f.units = s.units();
        f.pictureAlt = s.pictureAlt() == null ? "" : s.pictureAlt();
        f.version = String.valueOf(s.version());
        return f;
    }

    StoryInput toInput() {
        return new StoryInput(title, text, people, units, pictureAlt);
    }

    /** The uploaded bytes, or null when no file was chosen; refused unread when it says it is too large. */
    byte[] pictureBytes() {
        if (picture == null || picture.isEmpty()) {
            return null;
        }
        if (picture.getSize() > Stories.MAX_PICTURE_BYTES) {
            throw InvalidInputException.of(
                    "picture", "story.picture.tooLarge", Stories.MAX_PICTURE_BYTES / (1024 * 1024));
        }
        try {
            return picture.getBytes();
        } catch (IOException e) {
            throw InvalidInputException.of("picture", "story.picture.unreadable");
        }
    }

    long expectedVersion() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPeople() {
        return people;
    }

    public void setPeople(String people) {
        this.people = people;
    }

    public String getUnits() {
        return units;
    }

    public void setUnits(String units) {
        this.units = units;
    }

    public String getPictureAlt() {
        return pictureAlt;
    }

    public void setPictureAlt(String pictureAlt) {
        this.pictureAlt = pictureAlt;
    }

    public MultipartFile getPicture() {
        return picture;
    }

    public void setPicture(MultipartFile picture) {
        this.picture = picture;
    }

    public boolean isRemovePicture() {
        return removePicture;
    }

    public void setRemovePicture(boolean removePicture) {
        this.removePicture = removePicture;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
