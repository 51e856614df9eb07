package dev.keel.api.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.workflows.pluto.intake.IntakeInput;
import dev.keel.workflows.pluto.scoring.PipelineInput;
import org.junit.jupiter.api.Test;

class InputClassesTest {
    @Test
    void outboxRowsWrittenBeforeThePlutoSplitStillResolve() throws Exception {
        assertThat(InputClasses.resolve("dev.keel.workflows.pluto.PipelineInput")).isEqualTo(PipelineInput.class);
        assertThat(InputClasses.resolve("dev.keel.workflows.pluto.IntakeInput")).isEqualTo(IntakeInput.class);
        assertThat(InputClasses.resolve(PipelineInput.class.getName())).isEqualTo(PipelineInput.class);
    }

    @Test
    void unknownClassesStayUnknown() {
        assertThatThrownBy(() -> InputClasses.resolve("dev.keel.workflows.pluto.NoSuchInput"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> InputClasses.resolve("dev.keel.workflows.recruiting.PipelineInput"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
