package org.govict.mail.web;

import org.govict.mail.Outbox;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox, for system administrators: every message the platform sent or is about to send. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class OutboxController {

	static final int PAGE_SIZE = 25;

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		long total = outbox.count();
		model.addAttribute("mails", outbox.latest(current * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("total", total);
		return "mail/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", outbox.find(id).orElseThrow(() -> new NotFoundException("Mail", id)));
		return "mail/message";
	}
}
