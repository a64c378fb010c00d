from django.urls import path

from admin_site.django_app.admin import support_site

# In a project this line goes into the root URLconf, beside (or instead of)
# admin.site.urls.
urlpatterns = [
    path("support/", support_site.urls),
]
