from django.apps import AppConfig


class CalculatorConfig(AppConfig):
    name = "calculator"
    verbose_name = "Wat houd ik over?"

    def ready(self):
        from calculator import checks  # noqa: F401 - registers the system checks
