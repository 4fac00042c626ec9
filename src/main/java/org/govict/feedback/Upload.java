package org.govict.feedback;

/** A file a sender attaches: the name they gave it, which is kept only for display, and its bytes. */
public record Upload(String fileName, byte[] content) {
}
