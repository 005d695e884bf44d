#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Holds connections open against a CarePortal server, as a crowd of idle clients and a
slow-loris attacker would: N idle TCP connections that never send a byte, and M TLS
connections that send one header line every few seconds and are opened again whenever the
server cuts them off. Spread over loopback source addresses (127.0.0.10 upwards) so that the
per-address limit is not what stops them. Runs until SIGTERM or --seconds; prints what it held.

Usage: holdconnections.py --port P --cafile CERT [--idle 500] [--slow 50] [--seconds 60]
"""
import argparse
import asyncio
import signal
import ssl

PER_ADDRESS = 50


def source(index):
    return (f"127.0.0.{10 + index // PER_ADDRESS}", 0)


async def idle(port, index, stop):
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=source(index))
    except OSError:
        return 0
    await stop.wait()
    writer.close()
    return 1


async def slow(port, index, context, stop, interval, counts):
    """One slow-loris client: a request line, then a header line every `interval` seconds,
    for ever; when the server cuts it off, it connects again."""
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection(
                "127.0.0.1", port, ssl=context, local_addr=source(index))
        except (OSError, ssl.SSLError):
            await asyncio.sleep(0.5)
            continue
        counts["opened"] += 1
        line = b"GET /api/v1/organisation HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        try:
            while not stop.is_set() and not reader.at_eof():
                writer.write(line)
                await writer.drain()
                line = b"X-Trickle: 1\r\n"
                try:
                    await asyncio.wait_for(reader.read(4096), interval)
                except asyncio.TimeoutError:
                    pass
            if not stop.is_set():
                counts["cut"] += 1
        except (OSError, ssl.SSLError, ConnectionError):
            counts["cut"] += 1
        writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cafile", required=True)
    parser.add_argument("--idle", type=int, default=500)
    parser.add_argument("--slow", type=int, default=50)
    parser.add_argument("--interval", type=float, default=4.0)
    parser.add_argument("--seconds", type=float, default=600)
    args = parser.parse_args()

    context = ssl.create_default_context(cafile=args.cafile)
    context.check_hostname = False  # the demo certificate names 127.0.0.1 and localhost
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.call_later(args.seconds, stop.set)
    counts = {"opened": 0, "cut": 0}
    idle_tasks = [asyncio.create_task(idle(args.port, i, stop)) for i in range(args.idle)]
    slow_tasks = [asyncio.create_task(
        slow(args.port, args.idle + i, context, stop, args.interval, counts))
        for i in range(args.slow)]
    await asyncio.sleep(2)
    print(f"holding: {args.idle} idle requested, {args.slow} slow requested", flush=True)
    held = sum(await asyncio.gather(*idle_tasks))
    await asyncio.gather(*slow_tasks)
    print(f"held {held} idle; slow connections opened {counts['opened']} times, "
          f"cut by the server {counts['cut']} times", flush=True)


asyncio.run(main())
