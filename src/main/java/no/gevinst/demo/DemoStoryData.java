package no.gevinst.demo;

/**
 * A success story as {@code demo/stories.json} writes it: the benefit by its title, and the story as the form takes
 * it. The demo gives no picture: the indicator's chart is the story's picture.
 */
record DemoStoryData(String benefit, String title, String text, String people, String units) {}
