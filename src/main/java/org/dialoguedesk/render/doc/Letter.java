package org.dialoguedesk.render.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A letter (an invitation, a visa support letter) in the parts every such letter has, laid out once
 * here so every letter the secretariat sends looks the same: the sender's name over a rule, the place
 * and date at the end side (the left in Arabic), the recipient's address, the subject in bold, the
 * body, and the signature under room to sign. The texts come from the caller, already in the letter's
 * language; {@link #toDoc} makes it a {@link Doc} that both writers print without cover or contents,
 * the first page bare of header and footer.
 */
public record Letter(String letterhead, String placeAndDate, List<String> recipient, String subject,
                     List<Block> body, List<String> signature) {

    public Letter {
        letterhead = letterhead == null ? "" : letterhead;
        placeAndDate = placeAndDate == null ? "" : placeAndDate;
        recipient = List.copyOf(recipient);
        subject = subject == null ? "" : subject;
        body = List.copyOf(body);
        signature = List.copyOf(signature);
    }

    /** Plain paragraphs of body text, one block each. */
    public static List<Block> paragraphs(List<String> texts) {
        return texts.stream().<Block>map(t -> Block.Para.of(Block.Style.BODY, t)).toList();
    }

    /** The letter as a document; {@code info} gives its language, metadata and the later pages' header. */
    public Doc toDoc(DocInfo info) {
        Objects.requireNonNull(info, "info");
        List<Block> blocks = new ArrayList<>();
        if (!letterhead.isEmpty()) {
            blocks.add(Block.Para.of(Block.Style.LETTERHEAD, letterhead).aligned(Block.Align.CENTER));
        }
        if (!placeAndDate.isEmpty()) {
            blocks.add(Block.Para.of(Block.Style.BODY, placeAndDate).aligned(Block.Align.END));
        }
        if (!recipient.isEmpty()) {
            blocks.add(Block.Para.of(Block.Style.BODY, String.join("\n", recipient)).aligned(Block.Align.START));
        }
        if (!subject.isEmpty()) {
            blocks.add(new Block.Para(Block.Style.BODY, List.of(Span.bold(subject)), Block.Align.START));
        }
        blocks.addAll(body);
        if (!signature.isEmpty()) {
            // two empty lines: room for the hand-written signature above the name
            blocks.add(Block.Para.of(Block.Style.BODY, "\n\n" + String.join("\n", signature))
                    .aligned(Block.Align.END));
        }
        return new Doc(info.asLetter(), blocks);
    }
}
