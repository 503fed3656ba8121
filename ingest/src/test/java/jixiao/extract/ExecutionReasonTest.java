package jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.model.Form;
import jixiao.testing.Resources;

/** The execution line's reason: what the form says, never the template's filling instructions. */
class ExecutionReasonTest {
    @Test
    void aReasonWrittenOnTheLineIsKept() {
        List<Form> forms = new DocumentExtractor().extract(Resources.path("seeds").resolve("000_bd7e1b99f318fe25.txt")).forms();
        assertEquals("据实支付", forms.get(0).executionReason());
    }

    /** Seed 003 prints "1.预算执行率=…未达到90%的需说明原因…" in a merged cell that spans the reason column. */
    @Test
    void theTemplatesInstructionsAreNotAReason() {
        List<Form> forms = new DocumentExtractor().extract(Resources.path("seeds").resolve("003_2f0070b463f791c7.txt")).forms();
        assertFalse(forms.isEmpty());
        for (Form f : forms) assertNull(f.executionReason(), f.projectName());
    }
}
