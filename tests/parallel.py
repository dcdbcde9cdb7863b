"""Real parallel form posts against the live server: each client loads the form for its CSRF
token, all wait at a barrier, then post at once."""

import re
import threading
from collections.abc import Callable


def parallel_posts(url: str, n: int, data_for: Callable[[int], dict]) -> list[int]:
    import requests

    barrier = threading.Barrier(n)
    codes: list[int] = []

    def one(i: int) -> None:
        session = requests.Session()
        page = session.get(url, timeout=30)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        assert found, page.status_code
        barrier.wait(timeout=30)
        response = session.post(url, data={"csrfmiddlewaretoken": found.group(1), **data_for(i)},
                                headers={"Referer": url}, timeout=60, allow_redirects=False)
        codes.append(response.status_code)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return codes
