-- Starts cgoguard with Neovim's built-in LSP client, opens the project's Makefile, waits for the
-- diagnostics and writes them to a file, one "code|lnum|source" line each (lnum is 0-based).
-- Written for Neovim 0.7 (Debian bookworm): vim.lsp.start appeared in 0.8, so the client is
-- started with vim.lsp.start_client and attached with vim.lsp.buf_attach_client.
local java = os.getenv('CGOGUARD_JAVA')
local jar = os.getenv('CGOGUARD_JAR')
local project = os.getenv('CGOGUARD_PROJECT')
local out = os.getenv('CGOGUARD_OUT')
local timeout = tonumber(os.getenv('CGOGUARD_TIMEOUT_MS') or '60000')

local function finish(lines)
  local file = assert(io.open(out, 'w'))
  file:write(table.concat(lines, '\n'), '\n')
  file:close()
end

local client_id = vim.lsp.start_client({
  name = 'cgoguard',
  cmd = { java, '-jar', jar, 'lsp' },
  root_dir = project,
  workspace_folders = { { uri = vim.uri_from_fname(project), name = 'project' } },
})
if not client_id then
  finish({ 'error: the language server did not start' })
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(project .. '/Makefile'))
local buffer = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buffer, client_id)

local received = vim.wait(timeout, function()
  return #vim.diagnostic.get(buffer) > 0
end, 50)

local lines = {}
if not received then
  table.insert(lines, 'timeout: no diagnostics within ' .. timeout .. ' ms')
end
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  local code = diagnostic.code
  if code == nil and diagnostic.user_data and diagnostic.user_data.lsp then
    code = diagnostic.user_data.lsp.code
  end
  table.insert(lines, string.format('%s|%d|%s', tostring(code), diagnostic.lnum, tostring(diagnostic.source)))
end
finish(lines)

vim.lsp.stop_client(client_id)
vim.wait(5000, function()
  return vim.lsp.get_client_by_id(client_id) == nil
end, 50)
vim.cmd('qall!')
