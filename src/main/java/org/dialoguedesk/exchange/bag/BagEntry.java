package org.dialoguedesk.exchange.bag;

/**
 * One payload file of a bag: its path relative to {@code data/} with forward slashes (e.g.
 * {@code resources/contacts.json}) and its bytes. The container writes and checks these without
 * knowing what they hold.
 */
public record BagEntry(String path, byte[] bytes) {
}
