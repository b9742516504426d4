#!/usr/bin/env python3
"""load.py: `tracuu serve` under load, and the search page against the CLI search it mirrors.

Starts `tracuu serve --port 0` on INDEX, sends REQUESTS API searches (a fixed query list, in
order, repeated) from CLIENTS concurrent clients on loopback, and reports throughput, p50, p99,
errors, the server's peak RSS (VmHWM) and its CPU time per search (which bounds the
throughput of an idle machine of that many cores). Then times each query of the list once as the search
page (`GET /?q=…`) and once as `tracuu search` (a new process, as a user runs it), one at a
time, and reports both medians.

Usage: scripts/load.py INDEX [--binary PATH] [--requests 800] [--clients 32]
Example: scripts/load.py /tmp/vn.sqlite --binary .build/release/tracuu
The numbers depend on the machine: on a shared one, say so beside them.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

QUERIES = [
    'tai nạn', 'cong doan', 'giao thong', '"an toàn giao thông"', 'UBND', 'CSGT', '100/2015/NĐ-CP',
    'bóng đá', 'thủ tướng', 'giá xăng', 'bao lu', 'hoc sinh', 'chứng khoán', '"xuất khẩu tôm"', 'Hà Nội',
    'ô nhiễm môi trường', 'tham nhũng', 'BHXH', 'TP.HCM', 'LĐLĐ', 'CAND', 'công đoàn', 'CĐ', 'NLĐ',
    'cong an nhan dan', 'lien doan lao dong', 'tham nhung', 'hai phong', 'Đà Nẵng', 'hoà*',
    'title:"công đoàn"', 'CAND OR CATP', 'công đoàn -"cao đẳng"', '02-NQ/TW', 'nghị quyết 39',
    'giáo dục đại học', 'ngan hang nha nuoc', 'xang dau', 'y tế', 'Quốc hội',
]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def start_server(binary, index):
    process = subprocess.Popen([binary, 'serve', '--port', '0', '--index', index],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while time.time() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        found = re.search(r'http://127\.0\.0\.1:\d+', line)
        if found:
            threading.Thread(target=process.stderr.read, daemon=True).start()
            return process, found.group(0)
    process.kill()
    sys.exit('load.py: tracuu serve did not start')


def peak_rss_mb(pid):
    with open(f'/proc/{pid}/status') as status:
        for line in status:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    return float('nan')


def cpu_seconds(pid):
    """User plus system CPU time the process has used so far."""
    with open(f'/proc/{pid}/stat') as stat:
        fields = stat.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def get(url):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            answer.read()
            ok = answer.status == 200
    except (urllib.error.URLError, OSError):
        ok = False
    return time.perf_counter() - started, ok


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('index')
    parser.add_argument('--binary', default=os.path.join(os.path.dirname(__file__), '..', '.build', 'release', 'tracuu'))
    parser.add_argument('--requests', type=int, default=800)
    parser.add_argument('--clients', type=int, default=32)
    arguments = parser.parse_args()

    server, base = start_server(arguments.binary, arguments.index)
    try:
        urls = [f'{base}/api/search?q={urllib.parse.quote(QUERIES[n % len(QUERIES)])}' for n in range(arguments.requests)]
        get(urls[0])
        latencies, errors, lock, cursor = [], 0, threading.Lock(), iter(urls)

        def client():
            nonlocal errors
            while True:
                with lock:
                    url = next(cursor, None)
                if url is None:
                    return
                seconds, ok = get(url)
                with lock:
                    latencies.append(seconds)
                    errors += 0 if ok else 1

        cpu_before = cpu_seconds(server.pid)
        started = time.perf_counter()
        clients = [threading.Thread(target=client) for _ in range(arguments.clients)]
        for thread in clients:
            thread.start()
        for thread in clients:
            thread.join()
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(server.pid) - cpu_before
        print(f'{arguments.requests} API searches, {arguments.clients} clients: {arguments.requests / elapsed:.1f} requests/s, '
              f'p50 {percentile(latencies, 0.5) * 1000:.0f} ms, p99 {percentile(latencies, 0.99) * 1000:.0f} ms, '
              f'errors {errors}, server peak RSS {peak_rss_mb(server.pid):.0f} MB, '
              f'server CPU {cpu * 1000 / arguments.requests:.1f} ms a search ({os.cpu_count()} cores: at most '
              f'{os.cpu_count() / max(cpu / arguments.requests, 1e-9):.0f} searches/s on an idle machine)')

        page, cli = [], []
        for query in QUERIES:
            page.append(get(f'{base}/?q={urllib.parse.quote(query)}')[0])
            started = time.perf_counter()
            subprocess.run([arguments.binary, 'search', '--index', arguments.index, query],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            cli.append(time.perf_counter() - started)
        print(f'one at a time, {len(QUERIES)} queries: search page median {statistics.median(page) * 1000:.0f} ms, '
              f'`tracuu search` median {statistics.median(cli) * 1000:.0f} ms')
        return 1 if errors else 0
    finally:
        server.terminate()
        server.wait()


if __name__ == '__main__':
    sys.exit(main())
