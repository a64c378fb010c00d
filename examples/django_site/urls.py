"""Empty on purpose: each test names the URLconf of its topic with @pytest.mark.urls."""

urlpatterns: list = []
