package no.gevinst.story;

/** A story is written as a draft and approved for publication by a coordinator of its programme; nothing after. */
public enum StoryStatus {
    DRAFT,
    APPROVED
}
