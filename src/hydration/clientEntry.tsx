/**
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 *
 * Derived from @docusaurus/core 3.10.2, lib/client/clientEntry.js (MIT; see LICENSE).
 */
/**
 * Docusaurus' browser entry, started in steps.
 *
 * Upstream imports React DOM, the router and the whole app statically, so evaluating main.js
 * runs every module of the page in one task: on a slow phone, some 150 ms in which a tap waits
 * (Total Blocking Time). Here the same modules (still inside main.js: `webpackMode: "eager"`
 * adds no request) are run in four tasks, with the main thread free in between; then the page
 * hydrates exactly as upstream does.
 *
 * react-helmet-async and react-router-dom are @docusaurus/core's own dependencies, not ours: the
 * page needs the very copies the rest of Docusaurus' client uses (knip.json ignores them).
 */
import type {ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {prefetchWhenIdle} from './idlePrefetch';

declare const module: {hot?: {accept(): void}};

/** Lets the browser handle input and paint before the next step. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function start(): Promise<void> {
  const [{startTransition}, ReactDOM] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react'),
    import(/* webpackMode: "eager" */ 'react-dom/client'),
  ]);
  await nextTask();
  const [{HelmetProvider}, {BrowserRouter, HashRouter}, {default: siteConfig}] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react-helmet-async'),
    import(/* webpackMode: "eager" */ 'react-router-dom'),
    import(/* webpackMode: "eager" */ '@generated/docusaurus.config'),
  ]);
  await nextTask();
  // What App imports first: the plugins' client modules and the route table.
  await Promise.all([
    import(/* webpackMode: "eager" */ '@generated/client-modules'),
    import(/* webpackMode: "eager" */ '@generated/routes'),
  ]);
  await nextTask();
  const [{default: App}, {default: preload}, {default: docusaurus}] = await Promise.all([
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus'),
  ]);
  await nextTask();

  const hydrate = Boolean(process.env.HYDRATE_CLIENT_ENTRY);
  window.docusaurus = prefetchWhenIdle(docusaurus);
  const container = document.getElementById('__docusaurus');
  if (!container)
    throw new Error('No #__docusaurus element: this page was not built by Docusaurus.');
  const Router = ({children}: {children: ReactNode}): ReactNode =>
    siteConfig.future.experimental_router === 'hash' ? (
      <HashRouter>{children}</HashRouter>
    ) : (
      <BrowserRouter>{children}</BrowserRouter>
    );
  const app = (
    <HelmetProvider>
      <Router>
        <App />
      </Router>
    </HelmetProvider>
  );
  const onRecoverableError = (error: unknown, errorInfo: unknown): void => {
    console.error('Docusaurus React Root onRecoverableError:', error, errorInfo);
  };
  const renderApp = (): void => {
    if (window.docusaurusRoot) {
      window.docusaurusRoot.render(app);
      return;
    }
    if (hydrate) {
      window.docusaurusRoot = ReactDOM.hydrateRoot(container, app, {onRecoverableError});
    } else {
      const root = ReactDOM.createRoot(container, {onRecoverableError});
      root.render(app);
      window.docusaurusRoot = root;
    }
  };
  // The page's own chunks run as they arrive; hydration starts in a task of its own.
  await preload(window.location.pathname);
  await nextTask();
  startTransition(renderApp);
}

if (ExecutionEnvironment.canUseDOM) {
  void start();
  // Self-accepting module, as upstream: https://github.com/webpack/webpack-dev-server/issues/100
  module.hot?.accept();
}
