package org.dialoguedesk.render.doc;

import java.util.List;
import java.util.Objects;

/**
 * A document to publish, said once and written as PDF or Word: its particulars and its blocks in
 * reading order. Profiles are built into one, and letters ({@link Letter}) and lists too; badges and
 * tent cards are cards ({@link PdfCardSheetWriter}).
 */
public record Doc(DocInfo info, List<Block> blocks) {

    public Doc {
        Objects.requireNonNull(info, "info");
        blocks = List.copyOf(blocks);
    }

    /** The headings in order: what the table of contents and the PDF outline list. */
    public List<Block.Heading> headings() {
        return blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();
    }
}
