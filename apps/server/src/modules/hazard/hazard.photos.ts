import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { AppError, HazardLimits } from '@anjian/domain';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { photoUrl } from './hazard.presenter.ts';
import { hazardScope } from './hazard.repository.ts';

export type PhotoType = (typeof HazardLimits.photoTypes)[number];

/** The image type by magic bytes alone (SECURITY.md uploads): the name and the declared type are ignored. */
export function detectImageType(buf: Buffer): PhotoType | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (
    buf.length >= 8 &&
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp';
  return null;
}

/**
 * Photos live outside the web root under the data dir, named by their SHA-256 (two-level fan-out). An
 * in-memory test installation keeps them in a per-process temporary folder.
 */
export function photoDir(config: Pick<Config, 'dataDir'>): string {
  return config.dataDir === 'memory://'
    ? path.join(os.tmpdir(), `anjian-photos-${process.pid}`)
    : path.join(config.dataDir, 'uploads', 'photos');
}
const photoPath = (config: Pick<Config, 'dataDir'>, sha256: string) =>
  path.join(photoDir(config), sha256.slice(0, 2), sha256);
const thumbPath = (config: Pick<Config, 'dataDir'>, sha256: string) =>
  `${photoPath(config, sha256)}.thumb.webp`;

/** Thumbnails for lists and timelines: the longest side 320 px, EXIF orientation applied, metadata dropped. */
export const THUMB = { size: 320, mime: 'image/webp' } as const;
/** A decoded image above this many pixels (a decompression bomb in a small file) is refused (issue 15). */
export const MAX_PIXELS = 25_000_000;

/**
 * The full-size photo as stored: re-encoded in its own format with EXIF orientation applied and every
 * metadata block dropped — GPS position, camera owner, phone, XMP, ICC comments (issue 15 item 7f).
 */
async function stripMetadata(buffer: Buffer, mime: PhotoType): Promise<Buffer> {
  const img = sharp(buffer, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
  const out =
    mime === 'image/jpeg'
      ? img.jpeg({ quality: 90, mozjpeg: false })
      : mime === 'image/png'
        ? img.png()
        : img.webp({ quality: 90 });
  return out.toBuffer();
}

/**
 * Decodes the image and makes its thumbnail; an image that does not decode is a 415 (its magic bytes
 * lied), one too large to decode safely a 413.
 */
async function makeThumbnail(buffer: Buffer, filename: string): Promise<Buffer> {
  try {
    return await sharp(buffer, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate()
      .resize(THUMB.size, THUMB.size, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch (err) {
    if (err instanceof Error && /pixel limit/i.test(err.message))
      throw new AppError('PAYLOAD_TOO_LARGE', `“${filename.slice(0, 60)}”像素过多，请压缩后上传`);
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `“${filename.slice(0, 60)}”无法识别为有效图片`);
  }
}

/** Writes a file atomically (temp file + rename): a crash never leaves half an image under the final name. */
function writeAtomically(target: string, data: Buffer) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, data, { flag: 'wx' });
  fs.renameSync(tmp, target);
}

export interface StoredPhoto {
  sha256: string;
  mime: PhotoType;
  size: number;
  url: string;
}

/**
 * Stores uploaded photos. Every file is checked before anything is written, so a refused upload (415 for
 * a type that is not jpeg/png/webp by its bytes; 413 comes from the multipart limits) stores nothing.
 * Files are written atomically (temp file + rename); the same content is stored once.
 */
export async function storePhotos(
  ctx: AppContext,
  rc: RequestContext,
  files: { buffer: Buffer; filename: string }[],
): Promise<StoredPhoto[]> {
  const actor = requireActor(rc);
  if (files.length === 0) throw AppError.invalid([{ field: 'photos', message: '请选择照片' }]);
  const checked = files.map((f) => {
    if (f.buffer.length > HazardLimits.photoBytesMax)
      throw new AppError('PAYLOAD_TOO_LARGE', `照片不能超过 ${HazardLimits.photoBytesMax / 1024 / 1024} MB`);
    const mime = detectImageType(f.buffer);
    if (!mime)
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', `“${f.filename.slice(0, 60)}”不是 JPEG、PNG 或 WebP 图片`);
    return { mime, buffer: f.buffer, filename: f.filename };
  });
  // Every image decodes (its metadata stripped, its thumbnail made) before anything is written, one at a
  // time so that a batch of large images never holds several decoded bitmaps at once.
  const stored: { sha256: string; mime: PhotoType; buffer: Buffer; filename: string }[] = [];
  const thumbs: Buffer[] = [];
  for (const c of checked) {
    thumbs.push(await makeThumbnail(c.buffer, c.filename));
    const clean = await stripMetadata(c.buffer, c.mime).catch(() => {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', `“${c.filename.slice(0, 60)}”无法识别为有效图片`);
    });
    stored.push({ ...c, buffer: clean, sha256: crypto.createHash('sha256').update(clean).digest('hex') });
  }
  stored.forEach((c, i) => {
    const target = photoPath(ctx.config, c.sha256);
    if (!fs.existsSync(target)) writeAtomically(target, c.buffer);
    if (!fs.existsSync(thumbPath(ctx.config, c.sha256)))
      writeAtomically(thumbPath(ctx.config, c.sha256), thumbs[i]!);
  });
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('upload')
      .values(
        stored.map((c) => ({
          sha256: c.sha256,
          mime: c.mime,
          size: c.buffer.length,
          uploaded_by: actor.userId,
        })),
      )
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
    await ctx.audit(trx, rc, {
      eventType: 'hazard',
      action: 'hazard.photo_upload',
      objectType: 'upload',
      objectId: stored.map((c) => c.sha256.slice(0, 16)).join(','),
      diff: { files: stored.map((c) => ({ sha256: c.sha256, mime: c.mime, size: c.buffer.length })) },
    });
  });
  return stored.map((c) => ({
    sha256: c.sha256,
    mime: c.mime,
    size: c.buffer.length,
    url: photoUrl(c.sha256),
  }));
}

/** Whether a photo is on some hazard event the actor may see. */
async function photoInScope(db: Db, actor: Actor, sha256: string): Promise<boolean> {
  const hit = await db
    .selectFrom('hazard_event as ev')
    .innerJoin('hazard as h', 'h.id', 'ev.hazard_id')
    .select('ev.id')
    .where(sql<boolean>`ev.photos @> ARRAY[${sha256}]::text[]`)
    .where(hazardScope(actor))
    .limit(1)
    .executeTakeFirst();
  return hit !== undefined;
}

/**
 * Photos a write may attach (issue 15 item 7f): the actor's own uploads, or photos already on a hazard in
 * its scope. Knowing a hash is not enough — someone else's photo answers like one never uploaded (400 on
 * `photos`), and the attempt is audited as a denied access.
 */
export async function assertAttachable(db: Db, actor: Actor, photos: readonly string[]) {
  const hashes = [...new Set(photos)];
  if (hashes.length === 0) return;
  const owners = new Map(
    (
      await db.selectFrom('upload').select(['sha256', 'uploaded_by']).where('sha256', 'in', hashes).execute()
    ).map((r) => [r.sha256, r.uploaded_by]),
  );
  const refused: string[] = [];
  let foreign: string | undefined;
  for (const h of hashes) {
    if (!owners.has(h)) refused.push(h);
    else if (owners.get(h) !== actor.userId && !(await photoInScope(db, actor, h))) {
      refused.push(h);
      foreign ??= h;
    }
  }
  if (refused.length === 0) return;
  const issues = refused.map((h) => ({ field: 'photos', message: `照片 ${h.slice(0, 12)}… 未上传` }));
  throw foreign ? AppError.outOfScopeField(issues, 'upload', foreign) : AppError.invalid(issues);
}

/**
 * A photo the actor uploaded or that belongs to a hazard in the actor's scope; otherwise 404. The
 * thumbnail of a photo stored before thumbnails existed is made on first request.
 */
export async function readPhoto(
  ctx: AppContext,
  rc: RequestContext,
  sha256: string,
  size: 'full' | 'thumb' = 'full',
): Promise<{ mime: string; file: string }> {
  const actor = requireActor(rc);
  const up = await ctx.db
    .selectFrom('upload')
    .select(['mime', 'uploaded_by'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!up) throw new AppError('NOT_FOUND', '照片不存在');
  if (up.uploaded_by !== actor.userId && !(await photoInScope(ctx.db, actor, sha256)))
    throw AppError.outOfScope('upload', sha256);
  const file = photoPath(ctx.config, sha256);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', '照片文件缺失');
  if (size === 'full') return { mime: up.mime, file };
  const thumb = thumbPath(ctx.config, sha256);
  if (!fs.existsSync(thumb)) writeAtomically(thumb, await makeThumbnail(fs.readFileSync(file), sha256));
  return { mime: THUMB.mime, file: thumb };
}
