package dev.keel.domain.autopack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkOrderTest {
    @Test
    void directoriesComeBeforeTheirContentsAndSiblingsSortByName() {
        List<String> walk = List.of("a", "a/x", "a/y/z", "a-b", "b", "b/c");
        List<String> sorted = new ArrayList<>(walk);
        sorted.sort(WalkOrder::compare);
        assertThat(sorted).containsExactlyElementsOf(walk);
    }

    @Test
    void aFinishedDirectoryIsSkippedWholeButTheCursorsAncestorsAreEntered() {
        assertThat(WalkOrder.subtreeDone("a", "b/c")).isTrue();
        assertThat(WalkOrder.subtreeDone("b", "b/c")).isFalse();
        assertThat(WalkOrder.subtreeDone("c", "b/c")).isFalse();
        assertThat(WalkOrder.subtreeDone("a", null)).isFalse();
        assertThat(WalkOrder.done("b/c", "b/c")).isTrue();
        assertThat(WalkOrder.done("b/b", "b/c")).isTrue();
        assertThat(WalkOrder.done("b/d", "b/c")).isFalse();
    }
}
