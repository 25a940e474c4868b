package no.gevinst.lesson;

import java.util.List;

/** One page of a search's lessons, and how many there are in all. */
public record LessonPage(List<Lesson> lessons, int page, long total) {

    public LessonPage {
        lessons = List.copyOf(lessons);
    }

    public boolean hasNext() {
        return (long) (page + 1) * LessonQuery.SIZE < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
