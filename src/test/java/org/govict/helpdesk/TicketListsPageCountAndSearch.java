package org.govict.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The ticket lists against the real database: a text search is found ignoring diacritics, case and spaces, is not
 * counted and pages on while there are more; a typed % or _ is a character, not a wildcard; a filter is counted.
 */
@IntegrationTest
class TicketListsPageCountAndSearch {

	@Autowired
	Helpdesk helpdesk;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	static TicketQuery search(String text, int page) {
		return new TicketQuery(null, null, null, false, false, false, false, text, page);
	}

	@Test
	void aSearchPagesOnWhileThereAreMoreAndIsNotCounted() {
		String mark = "Phòng Đặc Biệt " + UUID.randomUUID().toString().substring(0, 8);
		List<Long> opened = new java.util.ArrayList<>();
		for (int i = 0; i < TicketQuery.PAGE_SIZE + 2; i++) {
			opened.add(as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.INCIDENT,
					"Máy tính " + mark + " không lên nguồn", "Bấm nút nguồn không thấy đèn.", null, Level.MEDIUM,
					Level.MEDIUM, null))).id());
		}
		// Typed without diacritics and in another case.
		String typed = "MAY TINH " + mark.replace("Phòng Đặc Biệt", "phong dac biet");

		TicketPage first = as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search(typed, 0)));
		assertThat(first.counted()).isFalse();
		assertThat(first.total()).isNull();
		assertThat(first.more()).isTrue();
		assertThat(first.pages()).isEqualTo(2);
		List<Long> newestFirst = new java.util.ArrayList<>(opened);
		java.util.Collections.reverse(newestFirst);
		assertThat(first.rows()).hasSize(TicketQuery.PAGE_SIZE).extracting(Ticket::id)
			.containsExactlyElementsOf(newestFirst.subList(0, TicketQuery.PAGE_SIZE));

		TicketPage second = as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search(typed, 1)));
		assertThat(second.more()).isFalse();
		assertThat(second.rows()).extracting(Ticket::id).containsExactly(opened.get(1), opened.get(0));

		// The same tickets by a filter are counted.
		TicketPage open = as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(
				new TicketQuery(TicketStatus.NEW, null, null, false, true, false, false, null, 0)));
		assertThat(open.counted()).isTrue();
		assertThat(open.total()).isGreaterThanOrEqualTo(TicketQuery.PAGE_SIZE + 2L);
		assertThat(open.rows()).hasSizeLessThanOrEqualTo(TicketQuery.PAGE_SIZE);
	}

	@Test
	void aPercentOrUnderscoreIsLookedForAsItIs() {
		String mark = UUID.randomUUID().toString().substring(0, 8);
		Ticket full = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.INCIDENT,
				"Ổ đĩa " + mark + " đầy 100%", "Ổ C còn 0 byte.", null, Level.LOW, Level.LOW, null)));
		Ticket other = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.INCIDENT,
				"Ổ đĩa " + mark + " đầy 1000 tệp", "Thư mục tải về.", null, Level.LOW, Level.LOW, null)));

		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search(mark + " day 100%", 0))).rows())
			.extracting(Ticket::id).containsExactly(full.id());
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search(mark + " day 1_0", 0))).rows()).isEmpty();
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search(mark + " day 10", 0))).rows())
			.extracting(Ticket::id).containsExactlyInAnyOrder(full.id(), other.id());
	}

	@Test
	void aPhraseIsFoundWithItsWordsTogetherWhateverTheSpaces() {
		String mark = UUID.randomUUID().toString().substring(0, 8);
		Ticket cut = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.INCIDENT,
				"Mất kết nối mạng phòng " + mark, "Cả phòng không vào được mạng nội bộ.", null, Level.LOW, Level.LOW,
				null)));
		Ticket apart = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.INCIDENT,
				"Không kết nối được mạng phòng " + mark, "Máy của tôi báo lỗi.", null, Level.LOW, Level.LOW, null)));

		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search("ket noi mang phong " + mark, 0))).rows())
			.extracting(Ticket::id).containsExactly(cut.id());
		// Extra or missing spaces do not matter; words that are not next to each other are not the phrase.
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search("KETNOI  mang phong" + mark, 0))).rows())
			.extracting(Ticket::id).containsExactly(cut.id());
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search("duoc mang phong " + mark, 0))).rows())
			.extracting(Ticket::id).containsExactly(apart.id());
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search("phong " + mark, 0))).rows())
			.extracting(Ticket::id).containsExactlyInAnyOrder(cut.id(), apart.id());
	}
}
