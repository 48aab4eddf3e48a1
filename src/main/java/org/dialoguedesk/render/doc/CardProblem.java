package org.dialoguedesk.render.doc;

/**
 * A card line too long to be read on its card: even on two rows at its minimum size it is wider than
 * the card. It is printed whole, smaller than its minimum, and reported here so the caller can say
 * which name to shorten ("badge name too long"). {@code card} and {@code line} count from 0 in the
 * order given; the band's label is the line after the card's last line.
 */
public record CardProblem(int card, int line, String text, double neededMm, double availableMm) {
}
