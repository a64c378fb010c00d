/**
 * The search test set: queries a Django developer would type, each with the one page that explains
 * the topic. For a Django or DRF name, that is the page explaining its FastAPI counterpart; for a
 * FastAPI name, the page that teaches it in full rather than a glossary entry or a passing mention.
 * Expectations were chosen by reading the pages, not from the ranking. tests/e2e/search-ranking.spec.ts
 * requires most of them in the top three results; tests/unit/search-queries.test.ts checks the paths.
 */

export interface SearchQuery {
	/** What the reader types into the search box. */
	query: string;
	/** The page's path from the site root, with a trailing slash: `/compare/orm-queries/`. */
	expect: `/${string}`;
	/** Why this page, when the choice is not obvious from its title. */
	why?: string;
}

export const SEARCH_QUERIES: readonly SearchQuery[] = [
	// Django and DRF names: the page that explains the FastAPI counterpart.
	{ query: 'select_related', expect: '/compare/orm-queries/', why: 'Relationships and the N+1 problem: joinedload and selectinload' },
	{ query: 'prefetch_related', expect: '/compare/orm-queries/' },
	{ query: 'ModelSerializer', expect: '/compare/data-modeling/', why: 'Schemas: one ModelSerializer becomes an input and an output schema' },
	{ query: 'collectstatic', expect: '/compare/static-files-templates/' },
	{
		query: 'get_object_or_404',
		expect: '/compare/error-handling/',
		why: 'Not found: "FastAPI has no get_object_or_404", the idiom, and the message DRF leaks',
	},
	{ query: 'APIView', expect: '/compare/routing/', why: 'Views, ViewSets and path operations' },
	{ query: 'ModelViewSet router', expect: '/compare/routing/' },
	{
		query: 'permission_classes',
		expect: '/compare/auth/',
		why: 'The current user, scopes and permission checks: Reader and Writer are the FastAPI permission classes',
	},
	{
		query: 'login_required',
		expect: '/compare/dependency-injection/',
		why: 'the user dependency that raises 401, against the 302 login_required sends',
	},
	{ query: 'manage.py migrate', expect: '/compare/migrations/' },
	{ query: 'makemigrations', expect: '/compare/migrations/' },
	{ query: 'RunPython data migration', expect: '/compare/migrations/' },
	{ query: 'settings.py', expect: '/compare/settings/' },
	{ query: 'DJANGO_SETTINGS_MODULE', expect: '/compare/settings/' },
	{ query: 'SECRET_KEY', expect: '/compare/settings/', why: 'a required SecretStr field, masked when printed' },
	{
		query: 'DEBUG = True',
		expect: '/compare/error-handling/',
		why: 'Unhandled exceptions: what DEBUG = True and FastAPI(debug=True) send to the client',
	},
	{ query: 'ALLOWED_HOSTS', expect: '/compare/middleware-cors/', why: 'Trusted hosts: TrustedHostMiddleware' },
	{ query: 'transaction.on_commit', expect: '/compare/background-tasks/', why: 'Enqueue only after the commit' },
	{ query: 'transaction.atomic', expect: '/compare/orm-queries/', why: 'Transactions: atomic() vs session.begin()' },
	{ query: 'ATOMIC_REQUESTS', expect: '/compare/dependency-injection/', why: 'a yield session dependency that owns the transaction' },
	{ query: 'cache_page', expect: '/compare/caching/' },
	{ query: 'csrf', expect: '/compare/auth/', why: 'CSRF: which requests need it' },
	{ query: 'middleware', expect: '/compare/middleware-cors/' },
	{ query: 'Celery', expect: '/compare/background-tasks/' },
	{ query: 'Channels consumer', expect: '/compare/websockets/' },
	{ query: 'django admin', expect: '/compare/admin/' },
	{ query: 'ModelAdmin', expect: '/compare/admin/' },
	{
		query: 'runserver',
		expect: '/path/phase-2-fastapi-prototype/run-the-capstone/',
		why: 'Run the capstone: runserver against uvicorn --reload and fastapi dev; no Compare page covers the dev server',
	},
	{ query: 'gunicorn', expect: '/compare/deployment/' },
	{ query: 'INSTALLED_APPS', expect: '/compare/project-layout/' },
	{ query: 'startproject', expect: '/compare/project-layout/' },
	{ query: 'get_queryset', expect: '/compare/dependency-injection/', why: 'Scoped queries: get_queryset() becomes a dependency' },
	{ query: 'request.user', expect: '/compare/dependency-injection/', why: 'Sub-dependencies: who is calling' },
	{ query: 'Http404', expect: '/compare/error-handling/' },
	{ query: 'EXCEPTION_HANDLER', expect: '/compare/error-handling/' },
	{ query: 'annotate aggregate', expect: '/compare/orm-queries/' },
	{ query: 'JsonResponse', expect: '/compare/routing/', why: 'Status codes and response classes' },
	{ query: 'pytest-django', expect: '/compare/testing/' },
	{ query: 'django-filter', expect: '/compare/ecosystem/', why: 'Filtering: django-filter vs a query-parameter model' },
	{ query: 'django-debug-toolbar', expect: '/compare/ecosystem/', why: 'Seeing the SQL without a toolbar' },
	{ query: 'drf-spectacular', expect: '/compare/api-docs/' },
	{ query: 'django-stubs mypy', expect: '/compare/type-safety/' },
	{ query: 'sync_to_async', expect: '/compare/async/' },
	{ query: 'WhiteNoise', expect: '/compare/static-files-templates/' },
	{ query: 'ForeignKey', expect: '/compare/data-modeling/', why: 'A relationship and a composite index' },
	{ query: 'post_save signal', expect: '/compare/data-modeling/', why: 'Signals: side effects of a save' },

	// FastAPI, Starlette, SQLAlchemy and Pydantic names.
	{ query: 'Depends', expect: '/compare/dependency-injection/' },
	{ query: 'lifespan', expect: '/path/phase-2-fastapi-prototype/sessions-and-lifespan/', why: 'The app factory and its lifespan: what runs before and after yield' },
	{ query: 'BackgroundTasks', expect: '/compare/background-tasks/' },
	{ query: 'Alembic', expect: '/compare/migrations/' },
	{ query: 'AsyncSession', expect: '/compare/orm-queries/', why: "Async: Django's a-methods vs AsyncSession" },
	{ query: 'HTTPException', expect: '/compare/error-handling/' },
	{ query: 'model_dump', expect: '/compare/validation/', why: 'Partial updates: model_dump(exclude_unset=True)' },
	{ query: 'from_attributes', expect: '/compare/data-modeling/', why: 'Schemas: the output schema reads the SQLAlchemy object' },
	{ query: 'field_validator', expect: '/compare/validation/' },
	{ query: 'OpenAPI', expect: '/compare/api-docs/' },
	{ query: 'Swagger UI', expect: '/compare/api-docs/' },
	{ query: 'WebSocket', expect: '/compare/websockets/' },
	{ query: 'TestClient', expect: '/compare/testing/' },
	{ query: 'uvicorn workers', expect: '/compare/deployment/' },
	{ query: 'APIRouter', expect: '/compare/routing/', why: 'Including URLconfs and routers' },
	{ query: 'pydantic-settings', expect: '/compare/settings/' },
	{ query: 'CORSMiddleware', expect: '/compare/middleware-cors/' },
	{ query: 'Jinja2 templates', expect: '/compare/static-files-templates/' },
	{ query: 'SQLAdmin', expect: '/compare/admin/' },
	{ query: 'OAuth2PasswordBearer', expect: '/compare/auth/' },
	{ query: 'mapped_column', expect: '/compare/data-modeling/' },

	// Phrases.
	{ query: 'n+1 queries', expect: '/compare/orm-queries/', why: 'measured on both sides; phase 0 covers the Django half only' },
	{ query: 'django admin fastapi', expect: '/compare/admin/' },
	{ query: 'migrate from django', expect: '/guides/migration-playbook/', why: 'the pitfalls and the step-by-step plan' },
	{ query: 'is fastapi faster', expect: '/compare/performance/', why: 'opens with where "FastAPI is faster" is true' },
	{ query: 'benchmark requests per second', expect: '/reference/framework-benchmarks/' },
	{ query: 'jwt auth', expect: '/compare/auth/' },
	{ query: 'run django and fastapi together', expect: '/guides/hybrid-architecture/' },
	{ query: 'pydantic v2 orm_mode', expect: '/compare/data-modeling/', why: 'orm_mode is ignored in Pydantic 2: from_attributes' },
	{ query: 'async views', expect: '/compare/async/' },
	{ query: 'blocking call in async def', expect: '/compare/async/', why: 'One blocking call serialises every request' },
	{ query: 'redis cache', expect: '/compare/caching/' },
	{ query: 'server-sent events', expect: '/compare/websockets/' },
	{ query: 'strangler fig', expect: '/path/phase-6-migrate-selectively/' },
	{ query: 'password hashing', expect: '/compare/auth/', why: 'Password hashes that both frameworks accept' },
	{ query: 'validation error 422', expect: '/compare/validation/', why: 'What the client sees when validation fails' },
	{ query: 'dockerfile', expect: '/compare/deployment/' },
	{ query: 'health check', expect: '/compare/deployment/' },
	{ query: 'connection pool', expect: '/compare/performance/', why: 'Connection pooling in SQLAlchemy and Django' },
	{ query: 'should I use django or fastapi', expect: '/guides/choosing/' },
	{ query: 'django ninja', expect: '/compare/drf-ninja-fastapi/' },
	{ query: 'ninja vs drf', expect: '/compare/drf-ninja-fastapi/' },
	{
		query: 'drf to django ninja migration',
		expect: '/compare/drf-ninja-fastapi/',
		why: 'Moving an endpoint from DRF to Ninja',
	},
	{ query: 'sqlmodel', expect: '/compare/sqlmodel/' },
	{ query: 'sqlmodel table=True', expect: '/compare/sqlmodel/', why: 'table models and data models' },
	{ query: 'use django orm in fastapi', expect: '/guides/django-orm-in-fastapi/' },
	{ query: 'close_old_connections', expect: '/guides/django-orm-in-fastapi/', why: 'what the request signals did, done by a dependency' },
	{ query: 'inspectdb sqlalchemy', expect: '/guides/existing-django-database/', why: 'reflection, automap and sqlacodegen' },
	{ query: 'sqlacodegen', expect: '/guides/existing-django-database/' },
	{ query: 'alembic existing database django', expect: '/guides/existing-django-database/', why: 'a baseline revision and alembic stamp' },
];
