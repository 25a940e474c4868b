package no.gevinst.demo;

import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.story.Stories;
import no.gevinst.story.StoryInput;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's success story (issue 19, seed 000 §2.3.5: "skape suksesshistorier og underbygge disse med
 * data"), read from {@code demo/stories.json}: fewer medication errors at St. Olavs hospital after the closed
 * medication loop, approved with the indicator's figures frozen as they stand when the demo is loaded.
 */
@Component
class DemoStories {

    static final String FILE = "stories.json";

    private final Stories stories;
    private final Benefits benefits;

    DemoStories(Stories stories, Benefits benefits) {
        this.stories = stories;
        this.benefits = benefits;
    }

    void load() {
        for (DemoStoryData story : DemoFiles.list(FILE, DemoStoryData[].class)) {
            benefits.list(BenefitQuery.all()).stream()
                    .filter(b -> b.title().equals(story.benefit()))
                    .findFirst()
                    .ifPresent(b -> stories.loadApproved(
                            b.id(),
                            new StoryInput(story.title(), story.text(), story.people(), story.units(), null),
                            null));
        }
    }
}
