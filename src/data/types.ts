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
  /** Further pages of the chapter, after its lesson (docs/<slug>.mdx is the lesson). */
  readonly pages?: readonly ChapterPage[];
}

/** A page of a chapter beyond its lesson, e.g. recipes; its doc is docs/<chapter slug>/<slug>.mdx. */
export interface ChapterPage {
  /** Last part of the URL: /<chapter slug>/<slug>. */
  readonly slug: string;
  /** Its h1 and front matter title. */
  readonly title: string;
  /** Short label for the sidebar and the outline. */
  readonly sidebarLabel: string;
}

export interface Course {
  readonly title: string;
  readonly playlistId: string;
  readonly playlistUrl: string;
  readonly chapters: readonly Chapter[];
}

/** Languages of the chapter's dependency table, in the seed's order. */
export type LanguageName = 'Java' | 'Go' | 'Rust' | 'C' | 'Python' | 'TypeScript';

/** Kind of runtime base image, so a reader can tell how minimal each option is. */
export type RuntimeImageKind = 'jre' | 'slim' | 'alpine' | 'distroless' | 'scratch';

export interface RuntimeImage {
  /** Image reference as written after FROM. */
  readonly image: string;
  readonly kind: RuntimeImageKind;
  /** When to choose it, in Spanish. */
  readonly note: string;
  /** Its build stage, when it needs another image than the row's `buildImage`. */
  readonly builtFrom?: string;
}

export interface LanguageDependencies {
  readonly language: LanguageName;
  /** Anchor id of the language's row, stable for links from the text. */
  readonly anchor: string;
  /** Seed cell: what building needs. */
  readonly buildDependencies: string;
  /** Seed cell: what running needs, or null when the artifact needs nothing (static binary). */
  readonly runtimeDependencies: string | null;
  /** Example image for the build stage. */
  readonly buildImage: string;
  /** Example images for the final stage, most common first. */
  readonly runtimeImages: readonly RuntimeImage[];
  /** One sentence: what the final image keeps, and why. */
  readonly keeps: string;
}

/** Where a published figure comes from, precisely enough for a reader to check it. */
export interface Provenance {
  /** Public repository that measured it. */
  readonly repository: string;
  /** Full commit id of the measurement (40 hex digits). */
  readonly commit: string;
  /** Date of that commit, YYYY-MM-DD. */
  readonly date: string;
  /** Where in that repository the figure is written. */
  readonly document: string;
}

/** One Dockerfile whose final image was measured. */
export interface MeasuredImage {
  /** File name inside the example's folder. */
  readonly dockerfile: string;
  /** Base image(s) of its final stage, as written there. */
  readonly base: string;
  /** Size as `docker images` printed it, e.g. "841 MB". */
  readonly size: string;
}

/** A pair of images measured by someone else on their own example app. */
export interface ImageSizeMeasurement {
  /** The example's folder in the measuring repository, e.g. "go/simple". */
  readonly example: string;
  /** What the example app is, in Spanish. */
  readonly app: string;
  readonly singleStage: MeasuredImage;
  readonly multiStage: MeasuredImage;
  readonly provenance: Provenance;
  /**
   * Whether the multi-stage image would start, read against its base image (the measuring CI
   * builds and sizes, it never starts a container). Only `would-start` pairs are charted; the
   * others are listed with their reason, so that no reader takes their size as a goal.
   */
  readonly start: StartCheck;
}

/** What reading a measured image's Dockerfile against its base image tells about its start. */
interface StartCheck {
  readonly verdict: 'would-start' | 'would-not-start' | 'unknown';
  /** Why, in Spanish, as one sentence a reader can check against the sources; `code` in backticks. */
  readonly why: string;
  /** Primary sources of each fact in `why`: repository@commit path:line, or a document URL. */
  readonly sources: readonly string[];
}
