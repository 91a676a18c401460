/**
 * Obsidian's `Notice`, which also records every message in `notices` so tests can assert what the user was told.
 * Notices do not time out in the double (no timers to flush); `hide()` removes one.
 */

/** One notice as shown: its text, requested duration, and whether it was hidden. */
export interface NoticeRecord {
	message: string;
	duration: number | undefined;
	hidden: boolean;
	notice: Notice;
}

/** Every notice created in this test file, oldest first; clear it with `clearNotices()` in `beforeEach`. */
export const notices: NoticeRecord[] = [];

/** Forgets recorded notices and removes their elements. */
export function clearNotices(): void {
	for (const r of notices) r.notice.noticeEl.detach();
	notices.length = 0;
}

/** The texts of all recorded notices; the usual assertion. */
export function noticeMessages(): string[] {
	return notices.map((r) => r.message);
}

function containerFor(doc: Document): HTMLElement {
	return (doc.body.find(".notice-container")) ?? doc.body.createDiv({ cls: "notice-container" });
}

/** A toast message. */
export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	private readonly record: NoticeRecord;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.containerEl = containerFor(document);
		this.noticeEl = this.containerEl.createDiv({ cls: "notice" });
		this.messageEl = this.noticeEl.createDiv({ cls: "notice-message" });
		this.record = { message: "", duration, hidden: false, notice: this };
		notices.push(this.record);
		this.setMessage(message);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		this.record.message = this.messageEl.getText();
		return this;
	}

	hide(): void {
		this.record.hidden = true;
		this.noticeEl.detach();
	}
}
