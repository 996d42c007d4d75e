"""Client half of bench/runs.sh: submits runs over the real API and prints what the run records say.

Arguments: base URL, a token for the sequential phase, comma-separated tokens for the burst, the
dataset to validate, the number of sequential runs, the number of burst runs.
"""
import base64
import hashlib
import json
import statistics
import sys
import threading
import time
import urllib.request


def call(base, token, method, path, body=None, content_type="application/json"):
    request = urllib.request.Request(base + path, data=body, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if body is not None:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, json.loads(response.read() or b"null")


def upload(base, token, dataset):
    content = open(dataset, "rb").read()
    digest = base64.b64encode(hashlib.sha256(content).digest()).decode()
    request = urllib.request.Request(base + "/api/v1/uploads?name=ts.xpt", data=content, method="POST")
    request.add_header("Authorization", "Bearer " + token)
    request.add_header("Content-Type", "application/octet-stream")
    request.add_header("Content-Digest", "sha-256=:" + digest + ":")
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())["id"]


def submit(base, token, upload_id):
    body = json.dumps({"uploads": [upload_id], "standard": "SDTMIG", "standardVersion": "3.4",
                       "ctVersion": "2025-03-25"}).encode()
    status, run = call(base, token, "POST", "/api/v1/runs", body)
    assert status == 202, (status, run)
    return run["id"]


def await_final(base, token, run_id, deadline):
    while time.monotonic() < deadline:
        _, run = call(base, token, "GET", "/api/v1/runs/" + run_id)
        if run["state"] in ("SUCCEEDED", "FAILED"):
            return run
        time.sleep(0.05)
    return None


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def sequential(base, token, dataset, count):
    upload_id = upload(base, token, dataset)
    # One warm-up run: the first engine start pays for the page cache and class loading.
    await_final(base, token, submit(base, token, upload_id), time.monotonic() + 300)
    queued, engine, total = [], [], []
    for _ in range(count):
        run = await_final(base, token, submit(base, token, upload_id), time.monotonic() + 300)
        assert run and run["state"] == "SUCCEEDED", run
        timings = run["timings"]
        queued.append(timings["queuedMillis"])
        engine.append(timings["engineMillis"])
        total.append(timings["totalMillis"])
    print(f"sequential: {count} runs, one at a time on a free slot")
    print(f"  submit -> engine start (queuedMillis): median {statistics.median(queued):.0f} ms,"
          f" p90 {percentile(queued, 0.9):.0f} ms, max {max(queued)} ms (target: median <= 100 ms)")
    print(f"  engine wall time: median {statistics.median(engine):.0f} ms;"
          f" whole run after claim: median {statistics.median(total):.0f} ms")
    return statistics.median(engine)


def burst(base, tokens, dataset, count, engine_median_ms):
    uploads = {token: upload(base, token, dataset) for token in tokens}
    ids, errors = [], []
    lock = threading.Lock()

    def submit_some(token, how_many):
        for _ in range(how_many):
            try:
                run_id = submit(base, token, uploads[token])
                with lock:
                    ids.append((token, run_id))
            except Exception as error:  # counted and printed: a refused submission is a finding
                with lock:
                    errors.append(repr(error))

    started = time.monotonic()
    threads = []
    clients = [token for token in tokens for _ in range(4)]
    for index, token in enumerate(clients):
        share = count // len(clients) + (1 if index < count % len(clients) else 0)
        threads.append(threading.Thread(target=submit_some, args=(token, share)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    submitted = time.monotonic() - started
    states, engine_ms, waits_ms = {}, [], []
    deadline = time.monotonic() + 3600
    for token, run_id in ids:
        run = await_final(base, token, run_id, deadline)
        state = "LOST" if run is None else run["state"] + ("/" + run["failure"]["reason"]
                                                         if run["state"] == "FAILED" else "")
        states[state] = states.get(state, 0) + 1
        if run and run["timings"]:
            engine_ms.append(run["timings"]["engineMillis"])
            waits_ms.append(run["timings"]["queuedMillis"])
    elapsed = time.monotonic() - started
    print(f"burst: {len(ids)} runs submitted at once by {len(threads)} clients in {submitted:.1f} s,"
          f" {len(errors)} submissions refused")
    print(f"  final states: {states}; all final after {elapsed:.1f} s"
          f" = {len(ids) / elapsed:.2f} runs/s")
    if engine_ms:
        busy = sum(engine_ms) / 1000 / (2 * elapsed)
        print(f"  engine time per run in the burst: median {statistics.median(engine_ms):.0f} ms"
              f" (sequential: {engine_median_ms or 0:.0f} ms); the 2 worker slots ran an engine"
              f" {busy:.0%} of the wall time (engine-bound when near 100%)")
        print(f"  queue wait: median {statistics.median(waits_ms) / 1000:.1f} s,"
              f" max {max(waits_ms) / 1000:.1f} s")
    for error in errors[:5]:
        print("  refused:", error)


def main():
    base, token, burst_tokens, dataset = sys.argv[1:5]
    sequential_count, burst_count = int(sys.argv[5]), int(sys.argv[6])
    engine_median = sequential(base, token, dataset, sequential_count) if sequential_count else None
    if burst_count:
        burst(base, burst_tokens.split(","), dataset, burst_count, engine_median)


main()
