package org.govict.platform.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once on the page a form redirects to; keys come from the message bundles. */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey, Object... args) {
		redirect.addFlashAttribute("flashMessage", messageKey);
		if (args.length > 0) {
			redirect.addFlashAttribute("flashArgs", args);
		}
	}

	public static void error(RedirectAttributes redirect, String messageKey, Object... args) {
		redirect.addFlashAttribute("flashError", messageKey);
		if (args.length > 0) {
			redirect.addFlashAttribute("flashErrorArgs", args);
		}
	}
}
