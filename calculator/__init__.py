"""Django-app van "Wat houd ik over?"."""
