"""The public forms' limits: every limit of a request counted at once (core/ratelimits.py)."""

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from core.cache import ResilientRedisCache
from core.ratelimits import Limit, limits_exceeded

pytestmark = pytest.mark.django_db


def _rate(rate):
    return lambda group, request: rate


def _post(ip="203.0.113.7", email="a@test.example"):
    request = RequestFactory().post("/de/book/details/", {"email": email}, REMOTE_ADDR=ip)
    return request


def _by_email(group, request):
    return "email:" + request.POST.get("email", "")


def test_each_limit_counts_its_own_key_and_any_over_limit_refuses():
    per_ip = Limit("t-ip", "ip", _rate("3/h"))
    per_email = Limit("t-email", _by_email, _rate("2/h"))
    assert not limits_exceeded(_post(), per_ip, per_email)
    assert not limits_exceeded(_post(), per_ip, per_email)
    assert limits_exceeded(_post(), per_ip, per_email)  # the third of this email
    # another email from the same address: its own email count, the address's count goes on (4 > 3)
    assert limits_exceeded(_post(email="b@test.example"), per_ip, per_email)
    # another address and email: untouched
    assert not limits_exceeded(_post(ip="198.51.100.1", email="c@test.example"), per_ip, per_email)


def test_a_limit_of_zero_refuses_at_once_and_a_bad_rate_is_an_error():
    assert limits_exceeded(_post(), Limit("t-zero", "ip", _rate("0/h")))
    with pytest.raises(ValueError, match="not a rate"):
        limits_exceeded(_post(), Limit("t-bad", "ip", _rate("five an hour")))
    with pytest.raises(ValueError, match="unknown key"):
        Limit("t-key", "user", _rate("1/h"))


def test_the_counters_of_one_request_go_to_redis_in_one_round_trip_and_expire(monkeypatch):
    redis_cache = caches["default"]
    if not isinstance(redis_cache, ResilientRedisCache):
        pytest.skip("the cache is not Redis here (REDIS_URL unset): the in-memory fallback counts one by one")
    client = redis_cache._cache.get_client(write=True)
    calls = []
    real = client.pipeline

    def pipeline(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(type(client), "pipeline", lambda self, *args, **kwargs: pipeline(*args, **kwargs))
    counts = redis_cache.count_hits([("t-rt-a", 60), ("t-rt-b", 60), ("t-rt-c", 60)])
    again = redis_cache.count_hits([("t-rt-a", 600)])
    assert counts == [1, 1, 1] and again == [2]
    assert len(calls) == 2  # one pipeline (one round trip) per call, whatever the number of counters
    ttl = int(client.ttl(redis_cache.make_and_validate_key("t-rt-a")))  # type: ignore[arg-type]  # redis-py types every command as maybe awaitable
    assert 0 < ttl <= 60  # the first expiry stands (EXPIRE NX): a busy key cannot live for ever
