package org.lfpl.dialogue.proceedings;

import java.util.List;

/** The five principles for practice of the LfPL framework, by number. */
final class Principles {

    static final List<String> NAMES = List.of(
            "A focus on learning as an activity",
            "Conditions favourable to learning",
            "Dialogue about leadership for learning",
            "Shared leadership",
            "A shared sense of accountability");

    private Principles() {}

    static String name(int number) {
        return number >= 1 && number <= NAMES.size() ? NAMES.get(number - 1) : "Principle " + number;
    }
}
