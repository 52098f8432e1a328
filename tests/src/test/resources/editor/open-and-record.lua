-- Opens the file named by CGOGUARD_FILE in a Neovim whose configuration started cgoguard (the
-- README's snippet, loaded with -u), waits for its diagnostics and writes them to CGOGUARD_OUT,
-- one "code|lnum|source|href" line each (lnum is 0-based), then "root|<root_dir>" for each client.
local file = os.getenv('CGOGUARD_FILE')
local out = os.getenv('CGOGUARD_OUT')
local timeout = tonumber(os.getenv('CGOGUARD_TIMEOUT_MS') or '60000')

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local received = vim.wait(timeout, function()
  return #vim.diagnostic.get(buffer) > 0
end, 50)

local lines = {}
if not received then
  table.insert(lines, 'timeout: no diagnostics within ' .. timeout .. ' ms')
end
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  local code = diagnostic.code or lsp.code
  local href = lsp.codeDescription and lsp.codeDescription.href or ''
  table.insert(lines, string.format('%s|%d|%s|%s', tostring(code), diagnostic.lnum, tostring(diagnostic.source), href))
end
for _, client in pairs(vim.lsp.buf_get_clients(buffer)) do
  table.insert(lines, 'root|' .. tostring(client.config.root_dir))
end
local handle = assert(io.open(out, 'w'))
handle:write(table.concat(lines, '\n'), '\n')
handle:close()

for _, client in pairs(vim.lsp.get_active_clients()) do
  client.stop()
end
vim.wait(5000, function()
  return #vim.lsp.get_active_clients() == 0
end, 50)
vim.cmd('qall!')
