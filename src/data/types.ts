/** Shared types of the course data modules. */

export interface Chapter {
  /** Position in the course, 1-based and contiguous. */
  readonly number: number;
  /** Full title, as in the chapter's front matter. */
  readonly title: string;
  /** Short label for the sidebar and the outline. */
  readonly sidebarLabel: string;
  /** URL slug; kept exactly as in the course facts because URLs are content. */
  readonly slug: string;
  /** YouTube video id (11 characters). */
  readonly youtubeId: string;
  /** True when docs/ holds this chapter's text; otherwise it is video only. */
  readonly hasPage: boolean;
}

export interface Course {
  readonly title: string;
  readonly playlistId: string;
  readonly playlistUrl: string;
  readonly chapters: readonly Chapter[];
}
