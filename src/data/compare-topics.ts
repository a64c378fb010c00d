/**
 * The Compare pages in groups, with one line each on what changes. The Compare overview, the home
 * page and the sidebar read this list; a unit test checks it names every Compare page once.
 */
export interface CompareTopic {
	/** The page's slug under compare/. */
	slug: string;
	label: string;
	change: string;
}

export interface CompareGroup {
	label: string;
	topics: CompareTopic[];
}

export const COMPARE_GROUPS: CompareGroup[] = [
	{
		label: 'Data and API',
		topics: [
			{
				slug: 'project-layout',
				label: 'Project layout',
				change: 'Apps and one settings module become a package you lay out yourself.',
			},
			{
				slug: 'data-modeling',
				label: 'Data modeling',
				change: 'One Django model splits into a SQLAlchemy table class and Pydantic schemas.',
			},
			{
				slug: 'sqlmodel',
				label: 'SQLModel',
				change: 'SQLModel folds the table class and its schemas back into one class hierarchy.',
			},
			{
				slug: 'orm-queries',
				label: 'ORM and querying',
				change: 'Lazy QuerySets become explicit select() statements and sessions; nothing loads behind your back.',
			},
			{
				slug: 'migrations',
				label: 'Migrations',
				change: 'makemigrations and migrate become Alembic revisions you review.',
			},
			{
				slug: 'validation',
				label: 'Validation and serialization',
				change: 'Serializers become Pydantic models; a bad request is a 422 list, not a 400 dictionary.',
			},
			{
				slug: 'routing',
				label: 'Routing and views',
				change: 'URLconfs and ViewSets become decorated functions with typed parameters.',
			},
			{
				slug: 'api-docs',
				label: 'API documentation',
				change: 'OpenAPI comes from the code itself instead of drf-spectacular.',
			},
			{
				slug: 'error-handling',
				label: 'Error handling',
				change: 'DRF exception handling becomes HTTPException and exception handlers.',
			},
			{
				slug: 'drf-ninja-fastapi',
				label: 'DRF, Django Ninja or FastAPI',
				change: 'Django Ninja: typed, FastAPI-style endpoints that keep the ORM, admin and auth.',
			},
		],
	},
	{
		label: 'Requests and security',
		topics: [
			{
				slug: 'dependency-injection',
				label: 'Dependency injection',
				change: 'Middleware, mixins and hooks become Depends(), declared per endpoint.',
			},
			{
				slug: 'auth',
				label: 'Authentication and permissions',
				change: 'contrib.auth and DRF permissions become security dependencies you assemble.',
			},
			{
				slug: 'middleware-cors',
				label: 'Middleware and CORS',
				change: 'Django MIDDLEWARE becomes ASGI middleware wrapped around the app.',
			},
			{
				slug: 'settings',
				label: 'Settings and configuration',
				change: 'settings.py becomes a typed pydantic-settings class, validated at startup.',
			},
			{
				slug: 'testing',
				label: 'Testing',
				change: 'TestCase and the test client become pytest, TestClient and dependency overrides.',
			},
		],
	},
	{
		label: 'Runtime',
		topics: [
			{
				slug: 'async',
				label: 'Async and concurrency',
				change: 'One thread per request becomes one event loop you must never block.',
			},
			{
				slug: 'background-tasks',
				label: 'Background tasks',
				change: 'Celery stays; BackgroundTasks covers only work that may be lost.',
			},
			{
				slug: 'websockets',
				label: 'WebSockets and real time',
				change: 'Channels consumers become WebSocket endpoints in the same app.',
			},
			{
				slug: 'caching',
				label: 'Caching',
				change: "Django's cache framework becomes Redis calls and HTTP caching headers.",
			},
			{
				slug: 'performance',
				label: 'Performance',
				change: 'Where a request spends its time on each side, measured rather than assumed.',
			},
		],
	},
	{
		label: 'Platform',
		topics: [
			{
				slug: 'static-files-templates',
				label: 'Static files and templates',
				change: 'staticfiles and Django templates become StaticFiles and Jinja2, or a separate front end.',
			},
			{
				slug: 'admin',
				label: 'Admin interface',
				change: 'No built-in admin: SQLAdmin, starlette-admin, or Django admin on a shared database.',
			},
			{
				slug: 'deployment',
				label: 'Deployment',
				change: 'gunicorn with WSGI becomes uvicorn workers behind the same proxy.',
			},
			{
				slug: 'type-safety',
				label: 'Type safety and tooling',
				change: 'Annotations are checked at runtime by Pydantic and statically by your checker.',
			},
			{
				slug: 'ecosystem',
				label: 'Ecosystem',
				change: 'The Django packages you rely on, and what FastAPI projects use instead.',
			},
		],
	},
];
