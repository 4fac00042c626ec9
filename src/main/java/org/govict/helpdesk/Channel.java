package org.govict.helpdesk;

/** How a ticket reached the desk (kênh tiếp nhận): the web pages, a mail to the desk's mailbox, or the API. */
public enum Channel {
	WEB, MAIL, API
}
