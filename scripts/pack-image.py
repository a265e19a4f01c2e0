#!/usr/bin/env python3
"""Packs a root filesystem directory as a one-layer image in `docker save` format.

    scripts/pack-image.py ROOTFS OUT.tar NAME:TAG
"""
import hashlib
import io
import json
import os
import sys
import tarfile
import tempfile


def main():
    rootfs, out, name = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        layer = os.path.join(tmp, "layer.tar")
        with tarfile.open(layer, "w", format=tarfile.PAX_FORMAT) as t:
            for entry in sorted(os.listdir(rootfs)):
                t.add(os.path.join(rootfs, entry), arcname=entry)
        digest = hashlib.sha256()
        with open(layer, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        diff_id = "sha256:" + digest.hexdigest()
        config = {
            "architecture": "amd64",
            "os": "linux",
            "config": {
                "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                        "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
                "User": "185",
                "WorkingDir": "/deployments",
            },
            "rootfs": {"type": "layers", "diff_ids": [diff_id]},
            "history": [{"created_by": "debootstrap --variant=minbase bookworm + openjdk-17-jre-headless"}],
        }
        config_bytes = json.dumps(config).encode()
        config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
        manifest = [{"Config": config_name, "RepoTags": [name], "Layers": ["layer.tar"]}]
        with tarfile.open(out, "w") as image:
            image.add(layer, arcname="layer.tar")
            for file_name, data in ((config_name, config_bytes), ("manifest.json", json.dumps(manifest).encode())):
                info = tarfile.TarInfo(file_name)
                info.size = len(data)
                image.addfile(info, io.BytesIO(data))


main()
