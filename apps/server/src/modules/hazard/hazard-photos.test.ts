import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { type Session, call, describeEachEngine, login } from '../../../test/test-app.ts';
import { photoDir } from './hazard.photos.ts';

/** A minimal multipart/form-data body, as a browser sends it. */
function multipart(files: { name: string; type: string; data: Buffer }[]) {
  const boundary = `----anjian${Date.now()}`;
  const parts = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
    ),
    f.data,
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Real images, made here (a colour per call so that each has its own hash). */
let colour = Date.now() % 200;
const image = (format: 'jpeg' | 'png', width = 800, height = 600) => {
  colour += 7;
  const img = sharp({
    create: { width, height, channels: 3, background: { r: colour % 256, g: 90, b: 40 } },
  });
  return (format === 'jpeg' ? img.jpeg() : img.png()).toBuffer();
};
/** JPEG magic bytes with a body that does not decode: the type check passes, the decoder refuses. */
const fakeJpeg = (seed: string) =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
    Buffer.from(`photo ${seed} ${Date.now()}`),
    Buffer.from([0xff, 0xd9]),
  ]);
const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 0x41)]);

/** Every stored photo file (the store is shared by the engines of this process). */
function storedFiles(): string[] {
  const dir = photoDir({ dataDir: 'memory://' });
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).flatMap((sub) => fs.readdirSync(path.join(dir, sub)).map((f) => `${sub}/${f}`));
}

describeEachEngine('hazard photos (SECURITY.md uploads)', (t) => {
  const upload = (s: Session, files: { name: string; type: string; data: Buffer }[]) => {
    const { payload, contentType } = multipart(files);
    return t().app.inject({
      method: 'POST',
      url: '/api/hazards/photos',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': contentType },
      payload,
    });
  };
  const uploads = async () =>
    Number(
      (
        await t()
          .ctx.db.selectFrom('upload')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores a jpeg and a png by content hash; the hazard event carries them; the file is served in scope only', async () => {
    const { app, ctx } = t();
    const ent = await login(app, 'ent_user');
    const data = await image('jpeg');
    const res = await upload(ent, [
      { name: '现场.jpg', type: 'image/jpeg', data },
      { name: 'x.png', type: 'image/png', data: await image('png', 200, 100) },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const [a, b] = res.json().items;
    expect(a).toMatchObject({
      mime: 'image/jpeg',
      size: expect.any(Number),
      url: `/api/hazards/photos/${a.sha256}`,
    });
    expect(b.mime).toBe('image/png');
    expect(storedFiles()).toContain(`${a.sha256.slice(0, 2)}/${a.sha256}`);
    // Stored re-encoded without metadata (issue 15 item 7f): the same picture, not the same bytes.
    const storedBytes = fs.readFileSync(path.join(photoDir(ctx.config), a.sha256.slice(0, 2), a.sha256));
    expect(await sharp(storedBytes).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 600 });

    const own = await ctx.db
      .selectFrom('app_user')
      .select('enterprise_id')
      .where('username', '=', 'ent_user')
      .executeTakeFirstOrThrow();
    const h = await call(app, ent, 'POST', '/api/hazards', {
      enterpriseId: own.enterprise_id,
      source: '企业自查',
      location: '配电室',
      description: '配电柜前无绝缘垫',
      photos: [a.sha256],
    });
    expect(h.statusCode).toBe(201);
    expect(h.json().events[0].photos).toEqual([{ sha256: a.sha256, url: a.url }]);
    const bogus = await call(app, ent, 'POST', '/api/hazards', {
      enterpriseId: own.enterprise_id,
      source: '企业自查',
      location: 'x',
      description: 'y',
      photos: ['0'.repeat(64)],
    });
    expect(bogus.statusCode).toBe(400);

    const spt = await login(app, 'spt_admin');
    const got = await call(app, spt, 'GET', a.url);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.rawPayload.equals(storedBytes)).toBe(true);
    expect((await call(app, await login(app, 'zn_admin'), 'GET', a.url)).statusCode).toBe(404);
  });

  it('refuses a .exe renamed .jpg with 415 and stores nothing', async () => {
    const ent = await login(t().app, 'ent_user');
    const [files, rows] = [storedFiles().length, await uploads()];
    const res = await upload(ent, [
      { name: 'ok.jpg', type: 'image/jpeg', data: await image('jpeg') },
      { name: '照片.jpg', type: 'image/jpeg', data: exe },
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(storedFiles().length).toBe(files);
    expect(await uploads()).toBe(rows);
  });

  it('refuses a photo over 10 MB with 413 and stores nothing', async () => {
    const ent = await login(t().app, 'ent_user');
    const [files, rows] = [storedFiles().length, await uploads()];
    const big = Buffer.concat([fakeJpeg('big'), Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const res = await upload(ent, [{ name: 'big.jpg', type: 'image/jpeg', data: big }]);
    expect(res.statusCode).toBe(413);
    expect(storedFiles().length).toBe(files);
    expect(await uploads()).toBe(rows);
    const json = await t().app.inject({
      method: 'POST',
      url: '/api/hazards/photos',
      headers: { cookie: ent.cookie, 'x-csrf-token': ent.csrf },
      payload: { a: 1 },
    });
    expect(json.statusCode).toBe(415);
  });

  it('makes a 320 px WebP thumbnail on upload, and lazily for a photo stored without one', async () => {
    const { app, ctx } = t();
    const ent = await login(app, 'ent_user');
    const res = await upload(ent, [
      { name: 'wide.jpg', type: 'image/jpeg', data: await image('jpeg', 1600, 1200) },
      { name: 'small.png', type: 'image/png', data: await image('png', 200, 100) },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const [wide, small] = res.json().items;
    const thumb = await call(app, ent, 'GET', `${wide.url}?size=thumb`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(await sharp(thumb.rawPayload).metadata()).toMatchObject({
      format: 'webp',
      width: 320,
      height: 240,
    });
    // Never enlarged.
    const smallThumb = await call(app, ent, 'GET', `${small.url}?size=thumb`);
    expect(await sharp(smallThumb.rawPayload).metadata()).toMatchObject({ width: 200, height: 100 });

    const file = path.join(photoDir(ctx.config), wide.sha256.slice(0, 2), `${wide.sha256}.thumb.webp`);
    fs.rmSync(file);
    const again = await call(app, ent, 'GET', `${wide.url}?size=thumb`);
    expect(again.statusCode).toBe(200);
    expect(fs.existsSync(file)).toBe(true);
    expect((await call(app, ent, 'GET', `${wide.url}?size=huge`)).statusCode).toBe(400);
  });

  it('turns a thumbnail upright by its EXIF orientation and drops the metadata', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    // A landscape sensor image a phone marked "rotate 90°" (orientation 6): upright it is portrait.
    const data = await sharp(await image('jpeg', 640, 320))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    expect((await sharp(data).metadata()).exif).toBeDefined();
    const res = await upload(ent, [{ name: '手机.jpg', type: 'image/jpeg', data }]);
    expect(res.statusCode, res.body).toBe(201);
    const thumb = await call(app, ent, 'GET', `${res.json().items[0].url}?size=thumb`);
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(meta).toMatchObject({ width: 160, height: 320 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it('strips EXIF (GPS, author, phone) and XMP from the stored full-size photo, upright (issue 15)', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    const data = await sharp(await image('jpeg', 640, 320))
      .withExif({
        IFD0: { Artist: '张三 13800138000', Copyright: '张三', ImageDescription: '厂区东门' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '37/1 30/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '105/1 11/1 0/1',
        },
      })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    expect(data.toString('latin1')).toContain('13800138000');
    const res = await upload(ent, [{ name: '带定位.jpg', type: 'image/jpeg', data }]);
    expect(res.statusCode, res.body).toBe(201);
    const full = await call(app, ent, 'GET', res.json().items[0].url);
    expect(full.statusCode).toBe(200);
    const meta = await sharp(full.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 640 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(full.rawPayload.toString('latin1')).not.toContain('13800138000');
  });

  it('refuses a photo above 25 megapixels with 413 and stores nothing', async () => {
    const ent = await login(t().app, 'ent_user');
    const [files, rows] = [storedFiles().length, await uploads()];
    const big = await sharp({ create: { width: 5100, height: 5000, channels: 3, background: '#808080' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const res = await upload(ent, [{ name: '超大.png', type: 'image/png', data: big }]);
    expect(res.statusCode, res.body).toBe(413);
    expect(storedFiles().length).toBe(files);
    expect(await uploads()).toBe(rows);
  });

  it("attaches only the actor's own uploads or photos already in its scope; a known hash is not enough (issue 15)", async () => {
    const { app, ctx } = t();
    const ent = await login(app, 'ent_user');
    const own = await ctx.db
      .selectFrom('app_user')
      .select('enterprise_id')
      .where('username', '=', 'ent_user')
      .executeTakeFirstOrThrow();
    const sha = (await upload(ent, [{ name: 'a.jpg', type: 'image/jpeg', data: await image('jpeg') }])).json()
      .items[0].sha256 as string;
    const report = (s: Session, source: string) =>
      call(app, s, 'POST', '/api/hazards', {
        enterpriseId: own.enterprise_id,
        source,
        location: '仓库',
        description: '通道堵塞',
        photos: [sha],
      });
    const spt = await login(app, 'spt_admin');
    // Someone else's unattached upload: refused like a hash never uploaded, and audited.
    const stolen = await report(spt, '执法检查');
    expect(stolen.statusCode, stolen.body).toBe(400);
    expect(stolen.json().error.details[0]).toMatchObject({
      field: 'photos',
      message: expect.stringContaining('未上传'),
    });
    const [row] = await ctx.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).execute();
    expect(row).toMatchObject({
      action: 'access.denied',
      username: 'spt_admin',
      reason: 'out_of_scope',
      object_type: 'upload',
    });
    // The uploader attaches it; then it is in the county's scope and the county may attach it too.
    expect((await report(ent, '企业自查')).statusCode).toBe(201);
    expect((await report(spt, '执法检查')).statusCode).toBe(201);
  });

  it('refuses an image whose magic bytes lie (it does not decode) with 415 and stores nothing', async () => {
    const ent = await login(t().app, 'ent_user');
    const [files, rows] = [storedFiles().length, await uploads()];
    const res = await upload(ent, [
      { name: 'ok.jpg', type: 'image/jpeg', data: await image('jpeg') },
      { name: '坏图.jpg', type: 'image/jpeg', data: fakeJpeg('corrupt') },
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('坏图.jpg');
    expect(storedFiles().length).toBe(files);
    expect(await uploads()).toBe(rows);
  });
});
