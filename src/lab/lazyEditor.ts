import {lazy} from 'react';

/**
 * The lab's one lazy boundary: the editor and CodeMirror load here, for the exercises and for
 * /laboratorio alike, so both share one set of chunks (npm run bundle:report) and a reader who
 * opens both downloads them once. The checker runs in its own worker (analysisClient.ts).
 */
export const loadLabEditor = () => import('./LabEditor');

export const LazyLabEditor = lazy(loadLabEditor);
