import {lazy, Suspense, useEffect, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {labChapter} from '@site/src/data/course';
import {loadLabEditor} from '@site/src/lab/lazyEditor';

// The link handling, and with it the editor the exercises share: loaded after hydration, both at
// once rather than one after the other.
const FreeLab = lazy(() => {
  void loadLabEditor();
  return import('@site/src/lab/FreeLab');
});

export default function Laboratorio(): ReactNode {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    // The lab reads the URL fragment, which only the browser has: it starts after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHydrated(true);
  }, []);
  const loading = (
    <p role="status" data-requires-js>
      Cargando el editor…
    </p>
  );

  return (
    <Layout
      title="Laboratorio de Dockerfiles"
      description="Un Dockerfile escrito o pegado, revisado al momento con reglas de Docker, de hadolint y del curso, en español, sin instalar nada y sin enviar nada a ningún servidor.">
      <main className="container margin-vert--lg lab-page">
        <h1>Laboratorio de Dockerfiles</h1>
        <p>
          Cualquier Dockerfile, revisado mientras se escribe y con sus etapas dibujadas. Cada
          problema dice de quién es la regla: de Docker (las comprobaciones de BuildKit que aplica{' '}
          <code>docker build --check</code>, con su nombre), de hadolint (las DL) o del curso, que
          avisa de lo que haría fallar el contenedor, como una forma shell sin shell. Todo ocurre en
          este navegador: el Dockerfile (y su .dockerignore, si se escribe) se guarda en el enlace
          de esta página, así que basta con copiar la dirección, o pulsar «Copiar enlace», para
          compartirlo. Los ejercicios guiados están en el{' '}
          <Link to={`/${labChapter.slug}`}>capítulo {labChapter.number}</Link>.
        </p>
        <noscript>
          <p>
            <strong>El laboratorio necesita JavaScript</strong> para revisar el Dockerfile en el
            navegador. Sin él, los ejemplos y las soluciones están en el capítulo{' '}
            {labChapter.number}.
          </p>
        </noscript>
        {hydrated ? (
          <Suspense fallback={loading}>
            <FreeLab />
          </Suspense>
        ) : (
          loading
        )}
      </main>
    </Layout>
  );
}
