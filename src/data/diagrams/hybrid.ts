/** The diagrams of /guides/hybrid-architecture/, one per pattern. */
import { type DiagramArrow, type DiagramBox, defineDiagram } from './diagram';

/** The database every pattern shares, at the bottom of each diagram. */
const database = (y: number): DiagramBox => ({
	id: 'db',
	label: 'PostgreSQL',
	detail: "schema: Django's migrations",
	kind: 'neutral',
	x: 200,
	y,
	width: 280,
	height: 64,
});

/** Where every request comes from in the patterns with one entry point, at the top. */
const clients: DiagramBox = {
	id: 'clients',
	label: 'Browsers and apps',
	kind: 'neutral',
	x: 230,
	y: 10,
	width: 220,
	height: 48,
};

/** Both applications reach the database themselves, whatever sits in front of them. */
const bothUseTheDatabase: DiagramArrow[] = [
	{ from: 'fastapi', to: 'db' },
	{ from: 'django', to: 'db' },
];

export const sharedDatabase = defineDiagram({
	id: 'hybrid-shared-database',
	title: 'Django and FastAPI as two applications on one database',
	description:
		"Editors' browsers reach the Django application, which serves the admin and the HTML pages. Apps and partners reach the FastAPI application, which serves the public JSON API under /api/. Both connect to the same PostgreSQL database; Django reads, writes and migrates it, FastAPI only reads it.",
	width: 680,
	height: 340,
	boxes: [
		{
			id: 'editors',
			label: 'Editors and readers',
			detail: 'browsers',
			kind: 'neutral',
			x: 20,
			y: 10,
			width: 260,
			height: 60,
		},
		{
			id: 'apps',
			label: 'Apps and partners',
			detail: 'JSON clients',
			kind: 'neutral',
			x: 400,
			y: 10,
			width: 260,
			height: 60,
		},
		{
			id: 'django',
			label: 'Django',
			detail: 'admin, HTML pages',
			kind: 'django',
			x: 20,
			y: 130,
			width: 260,
			height: 64,
		},
		{
			id: 'fastapi',
			label: 'FastAPI',
			detail: 'public API under /api/',
			kind: 'fastapi',
			x: 400,
			y: 130,
			width: 260,
			height: 64,
		},
		database(266),
	],
	arrows: [
		{ from: 'editors', to: 'django', label: '/admin/, /articles/' },
		{ from: 'apps', to: 'fastapi', label: '/api/articles/' },
		{ from: 'django', to: 'db', label: 'reads, writes, migrates' },
		{ from: 'fastapi', to: 'db', label: 'reads' },
	],
});

export const fastapiFirst = defineDiagram({
	id: 'hybrid-fastapi-first',
	title: 'Django mounted inside a FastAPI process',
	description:
		'Every request reaches one uvicorn process whose application is FastAPI. FastAPI tries its own routes under /api/ first; a request that matches none of them falls through to the Django WSGI application, mounted at the root through a2wsgi. Both talk to the same database.',
	width: 680,
	height: 380,
	boxes: [
		{ id: 'process', label: 'one uvicorn process', kind: 'group', x: 10, y: 90, width: 660, height: 170 },
		clients,
		{
			id: 'fastapi',
			label: 'FastAPI (the ASGI app)',
			detail: 'its routes: /api/…',
			kind: 'fastapi',
			x: 30,
			y: 150,
			width: 270,
			height: 72,
		},
		{
			id: 'django',
			label: 'Django via a2wsgi',
			detail: 'mounted at /: the rest',
			kind: 'django',
			x: 380,
			y: 150,
			width: 270,
			height: 72,
		},
		database(306),
	],
	arrows: [
		{ from: 'clients', to: 'process', label: 'every request' },
		{ from: 'fastapi', to: 'django', label: 'no route' },
		...bothUseTheDatabase,
	],
});

export const djangoFirst = defineDiagram({
	id: 'hybrid-django-first',
	title: 'FastAPI mounted inside Django’s ASGI application',
	description:
		"Every request reaches one uvicorn process. A small path dispatcher sends paths under /api/ to the FastAPI application and every other path to Django's ASGI application, and answers /api itself with a redirect to /api/. Both talk to the same database.",
	width: 680,
	height: 450,
	boxes: [
		{ id: 'process', label: 'one uvicorn process', kind: 'group', x: 10, y: 80, width: 660, height: 250 },
		clients,
		{
			id: 'dispatcher',
			label: 'ServiceDispatcher',
			detail: 'longest prefix wins',
			kind: 'neutral',
			x: 220,
			y: 110,
			width: 240,
			height: 64,
		},
		{ id: 'fastapi', label: 'FastAPI', detail: 'ASGI app', kind: 'fastapi', x: 30, y: 236, width: 260, height: 72 },
		{
			id: 'django',
			label: 'Django',
			detail: 'get_asgi_application()',
			kind: 'django',
			x: 390,
			y: 236,
			width: 260,
			height: 72,
		},
		database(376),
	],
	arrows: [
		{ from: 'clients', to: 'dispatcher' },
		{ from: 'dispatcher', to: 'fastapi', label: '/api/…' },
		{ from: 'dispatcher', to: 'django', label: 'everything else' },
		...bothUseTheDatabase,
	],
});

export const reverseProxy = defineDiagram({
	id: 'hybrid-reverse-proxy',
	title: 'Two services behind one reverse proxy',
	description:
		'Requests reach nginx. nginx proxies paths under /api/ to the FastAPI service, run by uvicorn on port 8001, and every other path to the Django service, run by gunicorn on port 8000. Each service is deployed, scaled and monitored on its own; both use the same database.',
	width: 680,
	height: 400,
	boxes: [
		clients,
		{
			id: 'nginx',
			label: 'nginx',
			detail: 'TLS, one host name',
			kind: 'neutral',
			x: 220,
			y: 100,
			width: 240,
			height: 64,
		},
		{
			id: 'fastapi',
			label: 'FastAPI service',
			detail: 'uvicorn :8001',
			kind: 'fastapi',
			x: 20,
			y: 220,
			width: 270,
			height: 72,
		},
		{
			id: 'django',
			label: 'Django service',
			detail: 'gunicorn :8000',
			kind: 'django',
			x: 390,
			y: 220,
			width: 270,
			height: 72,
		},
		database(326),
	],
	arrows: [
		{ from: 'clients', to: 'nginx' },
		{ from: 'nginx', to: 'fastapi', label: 'location /api/' },
		{ from: 'nginx', to: 'django', label: 'location /' },
		...bothUseTheDatabase,
	],
});
