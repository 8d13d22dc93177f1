#ifndef NUCBENCH_CIMAGEBRIDGE_H
#define NUCBENCH_CIMAGEBRIDGE_H

/* C helpers for libpng and libtiff, whose error handling needs setjmp/longjmp or C callbacks,
   which Swift cannot express.

   Every function reports failure by its return value and writes a NUL-terminated message
   (libpng's or libtiff's own words where there are some) into the caller's buffer of
   `messageCapacity` bytes. Nothing is printed and nothing aborts the process; all memory the
   bridge allocates is freed on every path. Calls on different readers may run on different
   threads at once. */

#include <stddef.h>
#include <stdint.h>

#pragma clang assume_nonnull begin

/* The bytes a message buffer should have: longer messages are cut. */
#define NB_MESSAGE_CAPACITY 512

/* How the samples of a decoded image are to be read. */
typedef enum NBSampleFormat {
    NBSampleFormatUnsigned = 1,
    NBSampleFormatSigned = 2,
    NBSampleFormatFloat = 3,
} NBSampleFormat;

/* The shape and sample type of a decoded image. Samples are row-major, interleaved, in host
   byte order, with no padding between rows. */
typedef struct NBImageLayout {
    uint32_t width;
    uint32_t height;
    /* 1: grey at the file's own depth; 3: RGB with 8-bit samples. */
    uint32_t channels;
    /* Bytes per sample in the decoded buffer: 1, 2 or 4. */
    uint32_t bytesPerSample;
    /* Significant bits per sample: 1, 2, 4, 8, 16 or 32 (1, 2 and 4 are stored in whole bytes). */
    uint32_t bitDepth;
    NBSampleFormat format;
} NBImageLayout;

/* An open image whose header has been read and whose pixels have not. */
typedef struct NBImageReader NBImageReader;

/* Reads the header of a PNG held in memory. `bytes` must stay valid until the reader is closed.
   Returns NULL and a message when the data is not a readable PNG or has more than
   `maximumPixels` pixels. */
NBImageReader *_Nullable nb_png_reader_open(const void *bytes, size_t count, uint64_t maximumPixels,
                                            NBImageLayout *layout, char *message, size_t messageCapacity);

/* Reads the header of the first directory of a TIFF held in memory. `bytes` must stay valid
   until the reader is closed. Returns NULL and a message when the data is not a readable TIFF,
   has an unsupported layout or has more than `maximumPixels` pixels. */
NBImageReader *_Nullable nb_tiff_reader_open(const void *bytes, size_t count, uint64_t maximumPixels,
                                             NBImageLayout *layout, char *message, size_t messageCapacity);

/* Decodes the pixels into `pixels`, which must hold exactly
   width × height × channels × bytesPerSample bytes. Returns 1 on success, 0 and a message on
   failure. Call at most once per reader. */
int nb_image_reader_read(NBImageReader *reader, void *pixels, size_t byteCount, char *message,
                         size_t messageCapacity);

/* Frees the reader and everything it holds. */
void nb_image_reader_close(NBImageReader *reader);

/* The pixel formats the PNG writer produces. */
typedef enum NBPNGPixelFormat {
    /* 8-bit RGB, three interleaved bytes per pixel. */
    NBPNGPixelFormatRGB8 = 1,
    /* 16-bit greyscale, one host-order uint16_t per pixel. */
    NBPNGPixelFormatGrey16 = 2,
} NBPNGPixelFormat;

/* Writes a non-interlaced PNG with default zlib compression to `path`, replacing any file there.
   Returns 1 on success, 0 and a message on failure, in which case the partial file is removed. */
int nb_png_write(const char *path, const void *samples, uint32_t width, uint32_t height,
                 NBPNGPixelFormat format, char *message, size_t messageCapacity);

#pragma clang assume_nonnull end

#endif
