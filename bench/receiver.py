#!/usr/bin/env python3
"""A webhook receiver for bench/run: answers 204 to every POST and logs "<epoch ms> <webhook-id>" per delivery.

    bench/receiver.py PORT LOGFILE
"""
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with open(sys.argv[2], "a") as log:
            log.write(f"{int(time.time() * 1000)} {self.headers.get('webhook-id')}\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
