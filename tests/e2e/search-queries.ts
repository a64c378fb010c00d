/**
 * The search test set: what a Django developer types into the search box, each with the one page
 * that answers it. tests/e2e/search-ranking.spec.ts requires that page in the top three for 95% of
 * them and reports how often it is first (`npm run bench` prints both); tests/unit/search-queries.test.ts
 * checks the set itself. The search runs them as the dialog does (src/lib/forgiving-search.ts).
 *
 * Two kinds of query:
 * - names: Django, DRF, FastAPI, Starlette, SQLAlchemy and Pydantic names and short phrases. For a
 *   Django or DRF name the page is the one explaining its FastAPI counterpart; for a FastAPI name,
 *   the page that teaches it in full rather than a glossary entry or a passing mention.
 * - questions: four to eight words, as people write them in public issue trackers and Q&A threads,
 *   each with the thread it comes from in `source` (its title, shortened or lightly trimmed to the
 *   question). They carry filler ("how do I", "in fastapi", "equivalent"), which the search forgives.
 * Expectations were chosen by reading the pages, not from the ranking.
 */

export interface SearchQuery {
	/** What the reader types into the search box. */
	query: string;
	/** The page's path from the site root, with a trailing slash: `/compare/orm-queries/`. */
	expect: `/${string}`;
	/** Why this page, when the choice is not obvious from its title. */
	why?: string;
	/** For a question: the public thread it was taken from. */
	source?: `https://${string}`;
}

/** Questions from public issue trackers, Q&A threads and posts, each with its thread. */
export const QUESTIONS: readonly SearchQuery[] = [
	// Adding FastAPI to a Django project, sharing its database, moving endpoints over.
	{
		query: 'how to use the Django ORM inside FastAPI',
		expect: '/guides/django-orm-in-fastapi/',
		source: 'https://github.com/fastapi/fastapi/pull/11782',
	},
	{
		query: 'layer FastAPI on top of Django ORM',
		expect: '/guides/django-orm-in-fastapi/',
		source: 'https://github.com/alexpdp7/alexpdp7/pull/345',
	},
	{
		query: 'running FastAPI within Django',
		expect: '/guides/hybrid-architecture/',
		source: 'https://github.com/fastapi/fastapi/issues/2897',
	},
	{
		query: 'official support for FastAPI inside a Django project',
		expect: '/guides/hybrid-architecture/',
		source: 'https://github.com/fastapi/fastapi/issues/2897',
	},
	{
		query: 'running FastAPI alongside Django',
		expect: '/guides/hybrid-architecture/',
		source: 'https://seequ.dev/posts/006-fastapi-django',
	},
	{
		query: 'how to fuse FastAPI with Django',
		expect: '/guides/hybrid-architecture/',
		source: 'https://sunscrapers.com/blog/fastapi-and-django-a-guide-to-elegant-integration/',
	},
	{
		query: 'FastAPI actually plays very well with Django',
		expect: '/guides/hybrid-architecture/',
		source: 'https://www.stavros.io/posts/fastapi-with-django/',
	},
	{
		query: 'starting migrating Django to FastAPI',
		expect: '/guides/migration-playbook/',
		source: 'https://github.com/gem/oq-engine/pull/11748',
	},
	{
		query: 'migrating Django REST Framework APIs to FastAPI',
		expect: '/guides/migration-playbook/',
		source: 'https://offline-pixel.github.io/migration-guides/django-to-fastapi-api-modernization',
	},
	{
		query: 'from Django to FastAPI: a strategic migration approach',
		expect: '/guides/migration-playbook/',
		source: 'https://fpellerano.com/posts/2024/04/from-django-to-fastapi-a-strategic-migration-approach',
	},

	// Choosing and comparing.
	{
		query: 'comparing django with fastapi',
		expect: '/compare/',
		why: 'Compare Django and FastAPI, topic by topic',
		source: 'https://github.com/fastapi/fastapi/issues/2286',
	},
	{
		query: 'can FastAPI do everything Django does?',
		expect: '/guides/choosing/',
		source: 'https://github.com/fastapi/fastapi/issues/2286',
	},
	{
		query: 'benchmark fastapi vs django pros and cons',
		expect: '/reference/framework-benchmarks/',
		source: 'https://github.com/arkhn/warehouse-api/issues/126',
	},
	{
		query: 'why does Django perform better than FastAPI',
		expect: '/compare/performance/',
		source: 'https://github.com/the-benchmarker/web-frameworks/issues/8729',
	},
	{
		query: 'very poor performance does not align with marketing',
		expect: '/compare/performance/',
		source: 'https://github.com/fastapi/fastapi/issues/1664',
	},

	// ORM and data modelling.
	{
		query: 'difference between select_related and prefetch_related',
		expect: '/compare/orm-queries/',
		source: 'https://github.com/tortoise/tortoise-orm/issues/1064',
	},
	{
		query: 'loading relationship data via pydantic schema in FastAPI',
		expect: '/compare/orm-queries/',
		why: 'joinedload and selectinload, and the error a lazy load raises in async code',
		source: 'https://jd-solanki.github.io/blog/loading-relationship-data-via-pydantic-schema-in-fastapi',
	},
	{
		query: 'generate a pydantic model from a sqlalchemy model',
		expect: '/compare/data-modeling/',
		source: 'https://github.com/fastapi/fastapi/issues/808',
	},
	{
		query: 'orm_mode ignored when using with FastAPI',
		expect: '/compare/data-modeling/',
		source: 'https://github.com/tiangolo/pydantic-sqlalchemy/issues/55',
	},
	{
		query: 'switch orm_mode to from_attributes',
		expect: '/compare/data-modeling/',
		source: 'https://github.com/rommapp/romm/pull/447',
	},
	{
		query: 'use pydantic with Django REST framework serializers',
		expect: '/compare/validation/',
		source: 'https://pypi.org/project/drf-pydantic/',
	},
	{
		query: 'how to migrate with alembic in FastAPI',
		expect: '/compare/migrations/',
		source: 'https://github.com/fastapi/fastapi/issues/1340',
	},
	{
		query: 'plan a migration process for the DB',
		expect: '/compare/migrations/',
		source: 'https://github.com/pyronear/pyro-api/issues/107',
	},
	{
		query: 'data pagination with offset and limit',
		expect: '/compare/orm-queries/',
		source: 'https://github.com/awtkns/fastapi-crudrouter/issues/45',
	},

	// Async.
	{
		query: 'SynchronousOnlyOperation when starting Django with uvicorn',
		expect: '/compare/async/',
		source: 'https://github.com/pycasbin/django-orm-adapter/issues/30',
	},
	{
		query: 'Django ORM is not async compatible',
		expect: '/compare/async/',
		source: 'https://github.com/vitalik/django-ninja/pull/205',
	},
	{
		query: 'wrap get_object_or_404 with sync_to_async',
		expect: '/compare/async/',
		source: 'https://github.com/freelawproject/courtlistener/pull/2924',
	},

	// Views, dependencies and settings.
	{
		query: 'FastAPI path operations for Django developers',
		expect: '/compare/routing/',
		source: 'https://github.com/oddbird/oddleventy/pull/430',
	},
	{
		query: 'middleware and dependencies in FastAPI',
		expect: '/compare/dependency-injection/',
		source: 'https://github.com/fastapi/fastapi/issues/402',
	},
	{
		query: 'dependency injection vs middleware',
		expect: '/compare/dependency-injection/',
		source: 'https://github.com/fastapi/fastapi/issues/3277',
	},
	{
		query: 'context manager as dependency for the db session',
		expect: '/compare/dependency-injection/',
		source: 'https://github.com/fastapi/fastapi/issues/49',
	},
	{
		query: 'how do I pass environment variables to routes',
		expect: '/compare/settings/',
		source: 'https://github.com/fastapi/fastapi/issues/399',
	},
	{
		query: "can't read settings .env file",
		expect: '/compare/settings/',
		source: 'https://github.com/fastapi/fastapi/issues/2336',
	},
	{
		query: 'problems reading .env file with python-dotenv',
		expect: '/compare/settings/',
		source: 'https://github.com/fastapi/fastapi/issues/3369',
	},
	{
		query: 'best practices for structuring a FastAPI project',
		expect: '/compare/project-layout/',
		source:
			'https://stackoverflow.com/questions/64943693/what-are-the-best-practices-for-structuring-a-fastapi-project',
	},
	{
		query: 'refactor following FastAPI bigger applications multiple files',
		expect: '/compare/project-layout/',
		source: 'https://github.com/HeyWillow/willow-application-server/pull/54',
	},

	// Middleware, CORS, auth.
	{
		query: 'unable to set CORS headers',
		expect: '/compare/middleware-cors/',
		source: 'https://github.com/fastapi/fastapi/issues/133',
	},
	{
		query: 'CORSMiddleware not working in FastAPI',
		expect: '/compare/middleware-cors/',
		source: 'https://github.com/fastapi/fastapi/issues/1663',
	},
	{
		query: 'cors header access-control-allow-origin missing',
		expect: '/compare/middleware-cors/',
		source: 'https://github.com/fastapi/fastapi/issues/2641',
	},
	{
		query: 'CORSMiddleware not restricting requests properly',
		expect: '/compare/middleware-cors/',
		source: 'https://github.com/fastapi/fastapi/issues/3936',
	},
	{
		query: 'implement permissions per endpoint',
		expect: '/compare/auth/',
		source: 'https://github.com/fastapi/fastapi/issues/104',
	},
	{
		query: 'recommended way to manage users and permissions',
		expect: '/compare/auth/',
		source: 'https://github.com/fastapi/fastapi/issues/67',
	},
	{
		query: 'how to do authentication using jwt with fastapi',
		expect: '/compare/auth/',
		source: 'https://github.com/strawberry-graphql/strawberry/issues/1936',
	},

	// Background work, real time, caching, deployment.
	{
		query: 'how to use starlette background tasks in FastAPI',
		expect: '/compare/background-tasks/',
		source: 'https://github.com/fastapi/fastapi/issues/59',
	},
	{
		query: 'return 202 Accepted for a long running call',
		expect: '/path/phase-2-fastapi-prototype/background-tasks/',
		why: 'the endpoint returns 202 Accepted at once and the task runs afterwards',
		source: 'https://github.com/fastapi/fastapi/issues/3',
	},
	{
		query: 'implement broadcaster for websocket pub/sub',
		expect: '/compare/websockets/',
		source: 'https://github.com/fastapi/fastapi/issues/3009',
	},
	{
		query: 'built-in way to cache route responses',
		expect: '/compare/caching/',
		source: 'https://github.com/fastapi/fastapi/issues/651',
	},
	{
		query: 'add caching with Redis to FastAPI',
		expect: '/compare/caching/',
		source: 'https://github.com/nickatnight/fastapi-backend-base/issues/11',
	},
	{
		query: 'why use gunicorn with uvicorn workers',
		expect: '/compare/deployment/',
		source: 'https://github.com/fastapi/fastapi/issues/4051',
	},
	{
		query: 'production configuration of gunicorn',
		expect: '/compare/deployment/',
		source: 'https://github.com/fastapi/fastapi/issues/551',
	},
	{
		query: 'do I need gunicorn in docker on kubernetes',
		expect: '/compare/deployment/',
		source: 'https://github.com/fastapi/fastapi/issues/2227',
	},

	// Templates, static files, testing, admin.
	{
		query: 'how can I serve static files easily',
		expect: '/compare/static-files-templates/',
		source: 'https://github.com/fastapi/fastapi/issues/130',
	},
	{
		query: 'serve HTML with FastAPI using Jinja2 templates',
		expect: '/compare/static-files-templates/',
		source: 'https://github.com/realpython/materials/pull/705',
	},
	{
		query: 'tests for FastAPI applications with a mock database',
		expect: '/compare/testing/',
		source: 'https://github.com/fastapi/fastapi/issues/152',
	},
	{
		query: 'how to use a test database with pytest',
		expect: '/compare/testing/',
		source: 'https://github.com/mfreeborn/fastapi-sqlalchemy/issues/3',
	},
	{
		query: 'how to get dependency_overrides to work',
		expect: '/compare/testing/',
		source: 'https://github.com/fastapi/fastapi/issues/641',
	},
	{
		query: 'overwriting a dependency for testing',
		expect: '/compare/testing/',
		source: 'https://github.com/fastapi/fastapi/issues/3530',
	},
	{
		query: 'built in database and admin panel like Django',
		expect: '/compare/admin/',
		source: 'https://github.com/fastapi/fastapi/issues/2836',
	},

	// More from the issue trackers.
	{
		query: 'running Django mounted in FastAPI in production',
		expect: '/guides/hybrid-architecture/',
		source: 'https://github.com/jordaneremieff/django-fastapi-example/issues/2',
	},
	{
		query: 'authenticate with cookies like Django does',
		expect: '/compare/auth/',
		source: 'https://github.com/fastapi/fastapi/issues/162',
	},
	{
		query: 'migrate startup event to lifespan',
		expect: '/compare/project-layout/',
		why: 'What is commonly written: on_event against a lifespan context manager',
		source: 'https://github.com/seapagan/fastapi-template/pull/131',
	},
	{
		query: 'on_event is deprecated, use lifespan event handlers instead',
		expect: '/compare/project-layout/',
		why: 'What is commonly written: on_event against a lifespan context manager',
		source: 'https://github.com/panaversity/agentfactory/issues/626',
	},
	{
		query: 'encode exception details as json',
		expect: '/compare/error-handling/',
		source: 'https://github.com/fastapi/fastapi/issues/1785',
	},
	{
		query: 'custom error handlers for HTTPException in FastAPI',
		expect: '/compare/error-handling/',
		source: 'https://github.com/fastapi/fastapi/issues/39',
	},
	{
		query: 'enable lazy loading when using async sqlalchemy',
		expect: '/compare/async/',
		source: 'https://github.com/sqlalchemy/sqlalchemy/issues/6782',
	},
	{
		query: 'MissingGreenlet: greenlet_spawn has not been called',
		expect: '/compare/async/',
		source: 'https://github.com/sqlalchemy/sqlalchemy/issues/6164',
	},
	{
		query: 'how to upload file using fastapi',
		expect: '/compare/ecosystem/',
		why: 'File storage: UploadFile to receive, the provider SDK to store',
		source: 'https://stackoverflow.com/questions/63048825/how-to-upload-file-using-fastapi',
	},
	{
		query: 'file upload returns 422 Unprocessable Entity',
		expect: '/compare/validation/',
		why: 'what the client sees when a request fails validation',
		source: 'https://github.com/fastapi/fastapi/issues/3306',
	},
	{
		query: 'integrate drf-spectacular for OpenAPI documentation',
		expect: '/compare/api-docs/',
		source: 'https://github.com/gtech-mulearn/mulearnbackend/pull/2627',
	},
	{
		query: 'async API calls that do blocking calls',
		expect: '/compare/async/',
		source: 'https://github.com/skillberry-ai/skillberry-store/issues/141',
	},
	{
		query: 'synchronous blocking operations in async fastapi endpoints',
		expect: '/compare/async/',
		source: 'https://github.com/marimo-team/marimo/issues/8788',
	},
	{
		query: 'APIRouter is blocked by a long CPU request',
		expect: '/compare/async/',
		source: 'https://github.com/fastapi/fastapi/issues/1806',
	},
	{
		query: 'functions with async def block the def functions',
		expect: '/compare/async/',
		source: 'https://github.com/fastapi/fastapi/issues/2488',
	},
	{
		query: 'use sync endpoints to avoid blocking',
		expect: '/compare/async/',
		source: 'https://github.com/silx-kit/h5grove/pull/116',
	},
	{
		query: 'listen to SQLAlchemy events like after insert',
		expect: '/compare/data-modeling/',
		source: 'https://github.com/h0rn3t/fastapi-async-sqlalchemy/issues/20',
	},
	{
		query: 'build an app around an existing database',
		expect: '/guides/existing-django-database/',
		source: 'https://github.com/miguelgrinberg/flasky/issues/380',
	},
	{
		query: 'purpose of django-ninja, why not just FastAPI?',
		expect: '/compare/drf-ninja-fastapi/',
		source: 'https://github.com/vitalik/django-ninja/issues/13',
	},
	{
		query: 'can the DRF backend be replaced with django-ninja?',
		expect: '/compare/drf-ninja-fastapi/',
		source: 'https://github.com/unfoldadmin/turbo/issues/29',
	},
	{
		query: 'consider Django Ninja instead of DRF serializers',
		expect: '/compare/drf-ninja-fastapi/',
		source: 'https://github.com/suitenumerique/drive/issues/187',
	},
	{
		query: 'strangler fig pattern for migrating to FastAPI',
		expect: '/path/phase-6-migrate-selectively/',
		source:
			'https://techbaithak.com/interview-questions/fastapi-flask/what-is-the-strangler-fig-pattern-for-migrating-flask-to-fastapi',
	},
	{
		query: 'asynchronous loops to perform SSE',
		expect: '/compare/websockets/',
		why: 'Server-sent events beside WebSockets',
		source: 'https://github.com/fastapi/fastapi/issues/1167',
	},
	{
		query: 'how can we use sse-starlette in FastAPI?',
		expect: '/compare/websockets/',
		source: 'https://github.com/sysid/sse-starlette/issues/2',
	},
	{
		query: 'built-in CSRF protect for FastAPI',
		expect: '/compare/auth/',
		source: 'https://github.com/fastapi/fastapi/issues/4419',
	},
	{
		query: 'add CSRF recipe for cookie authentication',
		expect: '/compare/auth/',
		source: 'https://github.com/fastapi-users/fastapi-users/issues/633',
	},
	{
		query: 'cookie based JWT tokens',
		expect: '/compare/auth/',
		source: 'https://github.com/fastapi/fastapi/issues/480',
	},
	{
		query: 'generate sqlalchemy models from an existing database',
		expect: '/guides/existing-django-database/',
		source: 'https://github.com/dymmond/edgy/issues/41',
	},
	{
		query: 'easy way for throttling or limiting requests',
		expect: '/compare/auth/',
		why: 'Throttling: UserRateThrottle against a rate-limit dependency',
		source: 'https://github.com/fastapi/fastapi/issues/181',
	},
	{
		query: 'support for rate-limit per endpoint',
		expect: '/compare/auth/',
		source: 'https://github.com/fastapi/fastapi/issues/448',
	},
	{
		query: 'class based filters like a FilterSet',
		expect: '/compare/ecosystem/',
		why: 'Filtering: django-filter against a query-parameter model',
		source: 'https://github.com/uriyyo/fastapi-filters/pull/132',
	},
	{
		query: 'implement fastapi-filter for filtering endpoints',
		expect: '/compare/ecosystem/',
		source: 'https://github.com/MobilityData/mobility-feed-api/issues/92',
	},
	{
		query: 'verifying Django generated passwords with passlib',
		expect: '/compare/auth/',
		why: 'Password hashes that both frameworks accept',
		source: 'https://github.com/fastapi/fastapi/issues/5776',
	},
	{
		query: 'replace passlib with bcrypt',
		expect: '/compare/auth/',
		source: 'https://github.com/grillazz/fastapi-sqlalchemy-asyncpg/pull/173',
	},
	{
		query: 'preferred way to commit or rollback',
		expect: '/compare/dependency-injection/',
		why: 'a yield session dependency that owns the transaction',
		source: 'https://github.com/fastapi/fastapi/issues/2142',
	},
	{
		query: 'how to use database transaction in FastAPI',
		expect: '/compare/orm-queries/',
		why: 'Transactions: atomic() against session.begin()',
		source: 'https://github.com/fastapi/fastapi/issues/3433',
	},
	{
		query: 'middleware request transaction handling',
		expect: '/compare/dependency-injection/',
		source: 'https://github.com/fastapi/fastapi/issues/474',
	},
	{
		query: 'can we integrate fastapi-admin with sqlalchemy orm',
		expect: '/compare/admin/',
		source: 'https://github.com/fastapi-admin/fastapi-admin/issues/69',
	},
	{
		query: 'multiple admin panels for the same FastAPI app',
		expect: '/compare/admin/',
		source: 'https://github.com/smithyhq/sqladmin/issues/919',
	},
	{
		query: 'use TestClient in an async fashion',
		expect: '/compare/testing/',
		source: 'https://github.com/fastapi/fastapi/issues/1273',
	},
	{
		query: 'how to test streaming responses with httpx AsyncClient',
		expect: '/compare/testing/',
		source: 'https://github.com/fastapi/fastapi/issues/2006',
	},
	{
		query: 'AsyncClient and pytest fixture',
		expect: '/compare/testing/',
		source: 'https://github.com/Kludex/fastapi-tips/issues/25',
	},
	{
		query: 'run type checking with django-stubs installed',
		expect: '/compare/type-safety/',
		source: 'https://github.com/django-commons/django-typer/issues/30',
	},
	{
		query: 'django-stubs breaks type checking of validated_data',
		expect: '/compare/type-safety/',
		source: 'https://github.com/oxan/djangorestframework-dataclasses/issues/91',
	},
	{
		query: 'use autoload or reflect for existing tables',
		expect: '/guides/existing-django-database/',
		source: 'https://github.com/nameko/nameko-sqlalchemy/issues/36',
	},
	{
		query: 'migrate models based on current schema to SQLAlchemy',
		expect: '/guides/existing-django-database/',
		source: 'https://github.com/python-discord/api/issues/16',
	},
	{
		query: 'how create models on the basis of db',
		expect: '/guides/existing-django-database/',
		source: 'https://github.com/dpgaspar/Flask-AppBuilder/issues/853',
	},
	{
		query: 'provide support for sqlalchemy automap',
		expect: '/guides/existing-django-database/',
		source: 'https://github.com/pallets-eco/flask-sqlalchemy/issues/398',
	},
	{
		query: 'called django.setup before imports to load installed apps',
		expect: '/guides/django-orm-in-fastapi/',
		source: 'https://github.com/KevonneM/Squaak/pull/98',
	},
	{
		query: 'django.setup() should not be called outside a function',
		expect: '/guides/django-orm-in-fastapi/',
		source: 'https://github.com/archesproject/arches/issues/11267',
	},
	{
		query: 'how to return exception from validator schema',
		expect: '/compare/validation/',
		source: 'https://github.com/fastapi/fastapi/issues/689',
	},
	{
		query: 'BaseModel validation can raise another error',
		expect: '/compare/validation/',
		source: 'https://github.com/fastapi/fastapi/issues/569',
	},
	{
		query: 'problems with customizing pydantic error messages',
		expect: '/compare/validation/',
		source: 'https://github.com/fastapi/fastapi/issues/1153',
	},
	{
		query: 'add healthcheck instructions to example Dockerfile',
		expect: '/compare/deployment/',
		why: 'Health checks, and the Dockerfile',
		source: 'https://github.com/fastapi/fastapi/issues/5037',
	},
	{
		query: 'support for built-in readiness, liveness, startup probes',
		expect: '/compare/deployment/',
		source: 'https://github.com/fastapi/fastapi/issues/1907',
	},
	{
		query: 'add health check and readiness endpoints',
		expect: '/compare/deployment/',
		source: 'https://github.com/saintsauceee/thread-lens/issues/45',
	},
	{
		query: 'replace SQLAlchemy & Pydantic with SQLModel',
		expect: '/compare/sqlmodel/',
		source: 'https://github.com/benavlabs/FastAPI-boilerplate/issues/124',
	},
	{
		query: 'looking for SQL ORM for FastAPI',
		expect: '/compare/sqlmodel/',
		why: 'SQLModel against SQLAlchemy with Pydantic',
		source: 'https://github.com/zhanymkanov/fastapi-best-practices/issues/53',
	},
	{
		query: 'does Django Ninja support async',
		expect: '/compare/drf-ninja-fastapi/',
		why: 'Async: what Ninja gives and what it does not',
		source: 'https://github.com/vitalik/django-ninja/issues/671',
	},
	{
		query: 'use idiomatic FastAPI dependencies to access DB sessions',
		expect: '/compare/dependency-injection/',
		source: 'https://github.com/openfoodfacts/taxonomy-editor/issues/360',
	},
	{
		query: 'rate limiting libs for FastAPI',
		expect: '/compare/auth/',
		source: 'https://github.com/andredias/cookiecutter-fastapi/issues/14',
	},
	{
		query: 'add healthcheck for the application',
		expect: '/compare/deployment/',
		source: 'https://github.com/s3rius/FastAPI-template/issues/23',
	},
];

/** Names and short phrases, without a source: what a reader copies from code or types in a hurry. */
export const NAMES: readonly SearchQuery[] = [
	// Django and DRF names: the page that explains the FastAPI counterpart.
	{
		query: 'select_related',
		expect: '/compare/orm-queries/',
		why: 'Relationships and the N+1 problem: joinedload and selectinload',
	},
	{ query: 'prefetch_related', expect: '/compare/orm-queries/' },
	{
		query: 'ModelSerializer',
		expect: '/compare/data-modeling/',
		why: 'Schemas: one ModelSerializer becomes an input and an output schema',
	},
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
	{
		query: 'ATOMIC_REQUESTS',
		expect: '/compare/dependency-injection/',
		why: 'a yield session dependency that owns the transaction',
	},
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
	{
		query: 'get_queryset',
		expect: '/compare/dependency-injection/',
		why: 'Scoped queries: get_queryset() becomes a dependency',
	},
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
	{
		query: 'lifespan',
		expect: '/path/phase-2-fastapi-prototype/sessions-and-lifespan/',
		why: 'The app factory and its lifespan: what runs before and after yield',
	},
	{ query: 'BackgroundTasks', expect: '/compare/background-tasks/' },
	{ query: 'Alembic', expect: '/compare/migrations/' },
	{ query: 'AsyncSession', expect: '/compare/orm-queries/', why: "Async: Django's a-methods vs AsyncSession" },
	{ query: 'HTTPException', expect: '/compare/error-handling/' },
	{ query: 'model_dump', expect: '/compare/validation/', why: 'Partial updates: model_dump(exclude_unset=True)' },
	{
		query: 'from_attributes',
		expect: '/compare/data-modeling/',
		why: 'Schemas: the output schema reads the SQLAlchemy object',
	},
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
	{
		query: 'n+1 queries',
		expect: '/compare/orm-queries/',
		why: 'measured on both sides; phase 0 covers the Django half only',
	},
	{ query: 'django admin fastapi', expect: '/compare/admin/' },
	{
		query: 'migrate from django',
		expect: '/guides/migration-playbook/',
		why: 'the pitfalls and the step-by-step plan',
	},
	{ query: 'is fastapi faster', expect: '/compare/performance/', why: 'opens with where "FastAPI is faster" is true' },
	{ query: 'benchmark requests per second', expect: '/reference/framework-benchmarks/' },
	{ query: 'jwt auth', expect: '/compare/auth/' },
	{ query: 'run django and fastapi together', expect: '/guides/hybrid-architecture/' },
	{
		query: 'pydantic v2 orm_mode',
		expect: '/compare/data-modeling/',
		why: 'orm_mode is ignored in Pydantic 2: from_attributes',
	},
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
	{
		query: 'close_old_connections',
		expect: '/guides/django-orm-in-fastapi/',
		why: 'what the request signals did, done by a dependency',
	},
	{
		query: 'inspectdb sqlalchemy',
		expect: '/guides/existing-django-database/',
		why: 'reflection, automap and sqlacodegen',
	},
	{ query: 'sqlacodegen', expect: '/guides/existing-django-database/' },
	{
		query: 'alembic existing database django',
		expect: '/guides/existing-django-database/',
		why: 'a baseline revision and alembic stamp',
	},

	// More Django and DRF names, each with the page the map links it to.
	{ query: 'serializers.ValidationError', expect: '/compare/validation/' },
	{ query: 'SerializerMethodField', expect: '/compare/validation/' },
	{ query: 'IsAuthenticated', expect: '/compare/auth/' },
	{ query: 'TokenAuthentication', expect: '/compare/auth/' },
	{
		query: 'override_settings',
		expect: '/compare/testing/',
		why: 'Overriding settings: dependency_overrides and a settings fixture',
	},
	{ query: 'ManyToManyField', expect: '/compare/data-modeling/' },
	{ query: 'JSONField', expect: '/compare/data-modeling/' },
	{ query: 'UniqueConstraint', expect: '/compare/data-modeling/' },
	{ query: 'bulk_create', expect: '/compare/orm-queries/' },
	{ query: 'values_list', expect: '/compare/orm-queries/' },
	{ query: 'select_for_update', expect: '/compare/orm-queries/' },
	{
		query: 'LimitOffsetPagination',
		expect: '/compare/orm-queries/',
		why: 'Pagination: slicing against offset and limit',
	},
	{ query: 'StreamingHttpResponse', expect: '/compare/websockets/' },
	{ query: 'HttpResponseRedirect', expect: '/compare/routing/' },
	{ query: 'FileField', expect: '/compare/ecosystem/', why: 'File storage: django-storages behind FileField' },
	{
		query: 'managed = False',
		expect: '/compare/migrations/',
		why: 'One database, two frameworks: pick one owner per table',
	},
];

/** The whole set: names first, then questions. */
export const SEARCH_QUERIES: readonly SearchQuery[] = [...NAMES, ...QUESTIONS];
