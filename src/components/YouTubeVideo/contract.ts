import type {ComponentContract} from '../../remark/componentContract';
import {describeBadVideoId, isYouTubePlaylistId} from '../../youtube/youtube';
import type {Props} from '.';

const youTubeVideo: ComponentContract<Props> = {
  props: {
    id: {check: (value) => describeBadVideoId('id', value)?.replace(/^prop "id" /, '') ?? null},
    playlist: {
      check: (value) =>
        isYouTubePlaylistId(value) ? null : `is "${value}", not a YouTube playlist id`,
    },
    title: {required: true},
    kicker: {},
    // Only a caller whose own button was the reader's click may start the player.
    autoplay: {setBy: 'parent'},
  },
  given: (names) =>
    names.has('id') === names.has('playlist')
      ? 'needs exactly one of the props "id" or "playlist"'
      : null,
};

export const contracts = {YouTubeVideo: youTubeVideo};
