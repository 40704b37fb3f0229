#!/usr/bin/env python3
"""Draws the example site's cover illustrations (flat landscapes, no photographs).

The example site must not publish photos taken from the web, and the seed gives none,
so its covers are drawings made here: each is a simple scene of what a page is about
(rice fields, a solar farm, a river port…), drawn from shapes with a fixed seed, so the
same script always draws the same files. They are released under CC0 1.0, and every page
that shows one says it is an illustration (see content/anh-minh-hoa.md).

    pip install pillow
    python3 scripts/make-illustrations.py        # writes content/**/*.jpg

Each scene is 1600×1000, the largest width outreach publishes by default.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

W, H = 1600, 1000
ROOT = Path(__file__).resolve().parent.parent

SKY = [(126, 192, 222), (214, 236, 240)]
DUSK = [(240, 170, 110), (250, 222, 170)]


def gradient(draw, top, bottom, y0, y1):
    for y in range(y0, y1):
        t = (y - y0) / max(1, y1 - y0 - 1)
        c = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom))
        draw.line([(0, y), (W, y)], fill=c)


def sky(draw, colours=SKY, horizon=520, sun=(1240, 190)):
    gradient(draw, colours[0], colours[1], 0, horizon)
    x, y = sun
    draw.ellipse([x - 70, y - 70, x + 70, y + 70], fill=(255, 236, 160))
    for cx, cy, s in [(300, 150, 1.0), (760, 110, 0.7), (1000, 240, 0.8)]:
        for dx, dy, r in [(0, 0, 60), (55, 10, 45), (-55, 12, 42), (20, -30, 40)]:
            rr = r * s
            draw.ellipse([cx + dx * s - rr, cy + dy * s - rr, cx + dx * s + rr, cy + dy * s + rr],
                         fill=(250, 252, 252))


def fields(draw, rng, top=520, colours=((96, 160, 72), (120, 178, 80), (150, 190, 90))):
    y, band = top, 18
    i = 0
    while y < H:
        draw.rectangle([0, y, W, y + band], fill=colours[i % len(colours)])
        y += band
        band = int(band * 1.22) + 2
        i += 1
    for _ in range(14):
        x = rng.randrange(0, W)
        palm(draw, x, top + rng.randrange(-4, 10), rng.uniform(0.5, 0.9))


def river(draw, y=700, height=140, colour=(70, 140, 170)):
    draw.polygon([(0, y), (W, y - 60), (W, y - 60 + height), (0, y + height)], fill=colour)
    for i in range(12):
        x = 80 + i * 130
        yy = y + 40 - i * 5
        draw.line([(x, yy), (x + 60, yy)], fill=(170, 210, 225), width=4)


def palm(draw, x, y, s=1.0):
    draw.line([(x, y), (x + 8 * s, y - 120 * s)], fill=(90, 70, 50), width=max(2, int(8 * s)))
    tx, ty = x + 8 * s, y - 120 * s
    for a in range(0, 360, 45):
        r = math.radians(a)
        draw.line([(tx, ty), (tx + math.cos(r) * 60 * s, ty + math.sin(r) * 30 * s + 15 * s)],
                  fill=(40, 110, 60), width=max(2, int(10 * s)))


def building(draw, x, y, w, h, colour, windows=(230, 238, 240)):
    draw.rectangle([x, y - h, x + w, y], fill=colour)
    for wy in range(int(y - h + 20), int(y - 20), 40):
        for wx in range(int(x + 14), int(x + w - 20), 34):
            draw.rectangle([wx, wy, wx + 16, wy + 20], fill=windows)


def factory(draw, x, y, w, colour=(190, 190, 200)):
    draw.rectangle([x, y - 160, x + w, y], fill=colour)
    for i in range(int(w // 80)):
        sx = x + i * 80
        draw.polygon([(sx, y - 160), (sx + 80, y - 160), (sx + 80, y - 210)], fill=(160, 165, 180))
    draw.rectangle([x + w - 60, y - 320, x + w - 30, y - 160], fill=(150, 150, 160))


def boat(draw, x, y, s=1.0, colour=(150, 90, 50)):
    draw.polygon([(x, y), (x + 160 * s, y), (x + 130 * s, y + 30 * s), (x + 25 * s, y + 30 * s)],
                 fill=colour)
    draw.rectangle([x + 50 * s, y - 35 * s, x + 110 * s, y], fill=(235, 200, 120))


def scene_rice(draw, rng):
    sky(draw)
    fields(draw, rng)
    river(draw, 780, 110)


def scene_solar(draw, rng):
    sky(draw, sun=(300, 160))
    fields(draw, rng, colours=((110, 170, 80), (130, 185, 90)))
    for row in range(5):
        y = 600 + row * 75
        for col in range(9):
            x = 60 + col * 170 + row * 12
            draw.polygon([(x, y), (x + 140, y), (x + 120, y + 45), (x - 20, y + 45)], fill=(40, 70, 130))
            draw.line([(x + 60, y), (x + 50, y + 45)], fill=(120, 150, 200), width=2)


def scene_market(draw, rng):
    sky(draw, DUSK, horizon=460, sun=(800, 300))
    draw.rectangle([0, 460, W, H], fill=(80, 140, 160))
    for i in range(9):
        boat(draw, 40 + i * 175 + rng.randrange(-20, 20), 560 + (i % 3) * 120, 1.0,
             [(150, 90, 50), (60, 120, 90), (170, 60, 50)][i % 3])
    for x in range(0, W, 200):
        palm(draw, x + 40, 470, 0.7)


def scene_industry(draw, rng):
    sky(draw)
    draw.rectangle([0, 520, W, H], fill=(150, 180, 120))
    factory(draw, 120, 760, 560)
    factory(draw, 820, 760, 480, (200, 200, 210))
    draw.rectangle([0, 760, W, 830], fill=(110, 110, 115))
    for x in range(40, W, 160):
        palm(draw, x, 900, 0.6)


def scene_city(draw, rng):
    sky(draw, horizon=740, sun=(200, 170))
    draw.rectangle([0, 720, W, H], fill=(120, 170, 110))
    x = 30
    while x < W - 80:
        w = rng.randrange(90, 170)
        building(draw, x, 740, w, rng.randrange(200, 520),
                 rng.choice([(200, 205, 215), (170, 190, 210), (230, 215, 190)]))
        x += w + rng.randrange(10, 40)
    river(draw, 860, 90)


def scene_greenhouse(draw, rng):
    sky(draw)
    fields(draw, rng, colours=((100, 165, 75), (125, 180, 85)))
    for i in range(5):
        x = 80 + i * 300
        draw.rectangle([x, 640, x + 240, 760], fill=(225, 238, 240))
        draw.pieslice([x, 560, x + 240, 720], 180, 360, fill=(210, 230, 235))
        for k in range(1, 6):
            draw.line([(x + k * 40, 600), (x + k * 40, 760)], fill=(170, 190, 200), width=3)


def scene_orchard(draw, rng):
    sky(draw, sun=(1300, 150))
    draw.rectangle([0, 520, W, H], fill=(120, 170, 80))
    factory(draw, 980, 720, 480, (220, 215, 205))
    for i in range(16):
        x, y = 60 + (i % 8) * 110, 640 + (i // 8) * 170
        draw.line([(x, y), (x, y + 90)], fill=(100, 70, 40), width=10)
        draw.ellipse([x - 55, y - 70, x + 55, y + 30], fill=(60, 130, 60))
        for _ in range(6):
            fx, fy = x + rng.randrange(-40, 40), y + rng.randrange(-55, 15)
            draw.ellipse([fx - 8, fy - 8, fx + 8, fy + 8], fill=(240, 150, 40))


def scene_port(draw, rng):
    sky(draw, sun=(260, 180))
    draw.rectangle([0, 560, W, H], fill=(70, 130, 160))
    draw.rectangle([0, 520, W, 600], fill=(150, 150, 150))
    for i in range(26):
        x = 60 + (i % 13) * 110
        y = 520 - (i // 13) * 50
        draw.rectangle([x, y - 45, x + 100, y], fill=rng.choice([(200, 70, 50), (40, 100, 160), (230, 180, 60), (60, 140, 90)]))
    draw.line([(1400, 520), (1400, 180)], fill=(230, 160, 40), width=18)
    draw.line([(1150, 200), (1500, 200)], fill=(230, 160, 40), width=14)
    boat(draw, 500, 700, 2.2, (60, 60, 70))


def scene_school(draw, rng):
    sky(draw, horizon=700)
    draw.rectangle([0, 700, W, H], fill=(130, 175, 100))
    draw.rectangle([300, 380, 1300, 720], fill=(240, 228, 200))
    draw.polygon([(260, 380), (800, 250), (1340, 380)], fill=(180, 70, 50))
    for x in range(360, 1280, 110):
        draw.rectangle([x, 420, x + 30, 720], fill=(250, 245, 235))
    draw.rectangle([740, 560, 860, 720], fill=(120, 80, 50))
    for x in range(40, W, 250):
        palm(draw, x, 880, 0.7)


def scene_hall(draw, rng):
    sky(draw, horizon=680, sun=(1350, 150))
    draw.rectangle([0, 680, W, H], fill=(190, 190, 180))
    draw.rectangle([250, 360, 1350, 690], fill=(210, 220, 230))
    draw.rectangle([250, 320, 1350, 370], fill=(60, 90, 130))
    for x in range(300, 1320, 90):
        draw.rectangle([x, 400, x + 50, 680], fill=(150, 180, 210))
    for i, c in enumerate([(200, 40, 40), (40, 80, 160), (200, 40, 40), (40, 80, 160)]):
        x = 420 + i * 260
        draw.line([(x, 690), (x, 860)], fill=(120, 120, 120), width=6)
        draw.rectangle([x, 700, x + 90, 760], fill=c)


def scene_mountains(draw, rng):
    sky(draw, horizon=620, sun=(1250, 170))
    for colour, base, peaks in [((120, 150, 170), 620, 5), ((90, 130, 110), 700, 4)]:
        pts = [(0, H)]
        for i in range(peaks + 1):
            x = i * W / peaks
            pts.append((x, base - rng.randrange(150, 320)))
            pts.append((x + W / peaks / 2, base - rng.randrange(20, 80)))
        pts.append((W, H))
        draw.polygon(pts, fill=colour)
    # A roof with upturned eaves, of a traditional Korean house.
    draw.rectangle([560, 760, 1040, 900], fill=(235, 225, 205))
    draw.polygon([(480, 770), (520, 700), (1080, 700), (1120, 770), (1050, 740), (550, 740)], fill=(60, 60, 70))
    draw.rectangle([0, 900, W, H], fill=(110, 150, 90))


def scene_village(draw, rng):
    sky(draw)
    fields(draw, rng)
    for i in range(6):
        x = 120 + i * 240
        draw.rectangle([x, 560, x + 140, 640], fill=(235, 220, 190))
        draw.polygon([(x - 15, 560), (x + 70, 500), (x + 155, 560)], fill=(170, 80, 60))


def scene_lab(draw, rng):
    sky(draw)
    fields(draw, rng, colours=((100, 160, 80), (140, 185, 95)))
    building(draw, 500, 640, 600, 260, (225, 230, 235), (140, 180, 210))
    draw.rectangle([760, 540, 840, 640], fill=(90, 120, 140))


SCENES = {
    "rice": scene_rice, "solar": scene_solar, "market": scene_market,
    "industry": scene_industry, "city": scene_city, "greenhouse": scene_greenhouse,
    "orchard": scene_orchard, "port": scene_port, "school": scene_school,
    "hall": scene_hall, "mountains": scene_mountains, "village": scene_village, "lab": scene_lab,
}

# The file each page shows, beside it, and its scene.
FILES = {
    "content/dau-tu/vung-lua-chat-luong-cao-long-my.jpg": "rice",
    "content/dau-tu/dien-mat-troi-vi-thuy.jpg": "solar",
    # A page bundle: its cover and the photos of its gallery sit in its folder.
    "content/dau-tu/du-lich-sinh-thai-nga-bay/cho-noi.jpg": "market",
    "content/dau-tu/du-lich-sinh-thai-nga-bay/vuon-trai-cay.jpg": "orchard",
    "content/dau-tu/du-lich-sinh-thai-nga-bay/kenh-rach.jpg": "rice",
    "content/dau-tu/khu-cong-nghiep-chau-thanh-a.jpg": "industry",
    "content/dau-tu/khu-do-thi-moi-vi-thanh.jpg": "city",
    "content/dau-tu/khu-nong-nghiep-cong-nghe-cao.jpg": "greenhouse",
    "content/dau-tu/nha-may-che-bien-trai-cay.jpg": "orchard",
    "content/dau-tu/trung-tam-logistics-song-hau.jpg": "port",
    "content/dau-tu/truong-dao-tao-nghe-chat-luong-cao.jpg": "school",
    "content/doi-tac/gyeongsangbuk-do.jpg": "mountains",
    "content/doi-tac/jeollanam-do.jpg": "mountains",
    "content/doi-tac/huyen-gangjin.jpg": "village",
    "content/doi-tac/huyen-gokseong.jpg": "village",
    "content/doi-tac/saemaul-globalization-foundation.jpg": "village",
    "content/doi-tac/vien-ky-thuat-nong-nghiep-jeonnam-gwangju.jpg": "lab",
    "content/doi-tac/vien-nghien-cuu-jeonnam-gwangju.jpg": "lab",
}


def main():
    for rel, scene in sorted(FILES.items()):
        rng = random.Random(rel)
        img = Image.new("RGB", (W, H))
        SCENES[scene](ImageDraw.Draw(img), rng)
        img = img.filter(ImageFilter.SMOOTH)
        out = ROOT / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        img.save(out, "JPEG", quality=82, optimize=True)
        print(f"{rel}: {scene}")


if __name__ == "__main__":
    main()
